package dev.interlock.subjects.adapters;

import dev.interlock.subjects.ReadWriteLockSubject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@code java.util.concurrent.locks.ReentrantReadWriteLock} as a {@link ReadWriteLockSubject}, so
 * that the readers–writer contract can show where j.u.c's policy differs from Interlock's {@link
 * dev.interlock.ReadWriteLock} (docs/semantics.md, rows D20–D24). Every call is one delegation;
 * the guards are the interface's defaults.
 */
public record ReentrantReadWriteLockAdapter(ReentrantReadWriteLock lock) implements ReadWriteLockSubject {

    /** A new adapter over a new, non-fair {@link ReentrantReadWriteLock} (its default). */
    public static ReentrantReadWriteLockAdapter create() {
        return new ReentrantReadWriteLockAdapter(new ReentrantReadWriteLock());
    }

    @Override public void acquireRead() throws InterruptedException { lock.readLock().lockInterruptibly(); }
    @Override public boolean tryAcquireRead() { return lock.readLock().tryLock(); }
    @Override public boolean tryAcquireRead(long timeout, TimeUnit unit) throws InterruptedException { return lock.readLock().tryLock(timeout, unit); }
    @Override public void releaseRead() { lock.readLock().unlock(); }
    @Override public void acquireWrite() throws InterruptedException { lock.writeLock().lockInterruptibly(); }
    @Override public boolean tryAcquireWrite() { return lock.writeLock().tryLock(); }
    @Override public boolean tryAcquireWrite(long timeout, TimeUnit unit) throws InterruptedException { return lock.writeLock().tryLock(timeout, unit); }
    @Override public void releaseWrite() { lock.writeLock().unlock(); }
    @Override public int readHolds() { return lock.getReadLockCount(); }
    @Override public boolean isWriteLocked() { return lock.isWriteLocked(); }

    /** {@code "ReentrantReadWriteLock[Write locks = 0, Read locks = 2]"}: j.u.c's state without the identity hash. */
    @Override
    public String toString() {
        String s = lock.toString();
        return "ReentrantReadWriteLock" + s.substring(s.indexOf('['));
    }
}
