package dev.interlock.subjects.adapters;

import dev.interlock.Guard;
import dev.interlock.Lock;
import dev.interlock.subjects.MutexSubject;
import java.util.concurrent.TimeUnit;

/** Interlock's {@link Lock} as a {@link MutexSubject}. */
public record LockAdapter(Lock lock) implements MutexSubject {
    @Override public void acquire() throws InterruptedException { lock.acquire(); }
    @Override public void acquireUninterruptibly() { lock.acquireUninterruptibly(); }
    @Override public boolean tryAcquire() { return lock.tryAcquire(); }
    @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return lock.tryAcquire(timeout, unit); }
    @Override public void release() { lock.release(); }
    @Override public boolean isLocked() { return lock.isLocked(); }
    @Override public Guard guard() throws InterruptedException { return lock.guard(); }
    @Override public String toString() { return lock.toString(); }
}
