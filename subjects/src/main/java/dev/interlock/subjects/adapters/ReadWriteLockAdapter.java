package dev.interlock.subjects.adapters;

import dev.interlock.Guard;
import dev.interlock.ReadWriteLock;
import dev.interlock.subjects.ReadWriteLockSubject;
import java.util.concurrent.TimeUnit;

/** Interlock's {@link ReadWriteLock} as a {@link ReadWriteLockSubject}. */
public record ReadWriteLockAdapter(ReadWriteLock lock) implements ReadWriteLockSubject {
    @Override public void acquireRead() throws InterruptedException { lock.acquireRead(); }
    @Override public boolean tryAcquireRead() { return lock.tryAcquireRead(); }
    @Override public boolean tryAcquireRead(long timeout, TimeUnit unit) throws InterruptedException { return lock.tryAcquireRead(timeout, unit); }
    @Override public void releaseRead() { lock.releaseRead(); }
    @Override public void acquireWrite() throws InterruptedException { lock.acquireWrite(); }
    @Override public boolean tryAcquireWrite() { return lock.tryAcquireWrite(); }
    @Override public boolean tryAcquireWrite(long timeout, TimeUnit unit) throws InterruptedException { return lock.tryAcquireWrite(timeout, unit); }
    @Override public void releaseWrite() { lock.releaseWrite(); }
    @Override public int readHolds() { return lock.getReadLockCount(); }
    @Override public boolean isWriteLocked() { return lock.isWriteLocked(); }
    @Override public Guard readGuard() throws InterruptedException { return lock.readGuard(); }
    @Override public Guard writeGuard() throws InterruptedException { return lock.writeGuard(); }
    @Override public String toString() { return lock.toString(); }
}
