package dev.interlock.variants.adapters;

import dev.interlock.subjects.MutexSubject;
import dev.interlock.variants.CheckThenActLock;
import java.util.concurrent.TimeUnit;

/** The broken {@link CheckThenActLock} as a {@link MutexSubject}, to run through the same tests as {@link dev.interlock.Lock}. */
public record CheckThenActLockAdapter(CheckThenActLock lock) implements MutexSubject {
    /** A new adapter over a new, unlocked lock. */
    public static CheckThenActLockAdapter create() { return new CheckThenActLockAdapter(new CheckThenActLock()); }

    @Override public void acquire() throws InterruptedException { lock.acquire(); }
    @Override public void acquireUninterruptibly() { lock.acquireUninterruptibly(); }
    @Override public boolean tryAcquire() { return lock.tryAcquire(); }
    @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return lock.tryAcquire(timeout, unit); }
    @Override public void release() { lock.release(); }
    @Override public boolean isLocked() { return lock.isLocked(); }
    @Override public String toString() { return lock.toString(); }
}
