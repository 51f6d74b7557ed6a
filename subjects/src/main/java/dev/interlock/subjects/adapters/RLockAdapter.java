package dev.interlock.subjects.adapters;

import dev.interlock.Guard;
import dev.interlock.RLock;
import dev.interlock.subjects.ReentrantMutexSubject;
import java.util.concurrent.TimeUnit;

/** Interlock's {@link RLock} as a {@link ReentrantMutexSubject}. */
public record RLockAdapter(RLock lock) implements ReentrantMutexSubject {
    @Override public void acquire() throws InterruptedException { lock.acquire(); }
    @Override public void acquireUninterruptibly() { lock.acquireUninterruptibly(); }
    @Override public boolean tryAcquire() { return lock.tryAcquire(); }
    @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return lock.tryAcquire(timeout, unit); }
    @Override public void release() { lock.release(); }
    @Override public boolean isLocked() { return lock.isLocked(); }
    @Override public boolean isHeldByCurrentThread() { return lock.isHeldByCurrentThread(); }
    @Override public int getHoldCount() { return lock.getHoldCount(); }
    @Override public Guard guard() throws InterruptedException { return lock.guard(); }
    @Override public String toString() { return lock.toString(); }
}
