package dev.interlock.subjects.adapters;

import dev.interlock.Condition;
import dev.interlock.Guard;
import dev.interlock.RLock;
import dev.interlock.subjects.ReentrantMutexSubject;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Condition} over an {@link RLock}, used as the reentrant lock it wraps: acquisitions go
 * through the condition, queries to the lock. CPython runs its RLock tests against {@code
 * Condition()} the same way ({@code ConditionAsRLockTests}).
 */
public record ConditionAsRLockAdapter(Condition condition, RLock lock) implements ReentrantMutexSubject {

    /** A new condition over a new {@link RLock}. */
    public static ConditionAsRLockAdapter create() {
        RLock lock = new RLock();
        return new ConditionAsRLockAdapter(new Condition(lock), lock);
    }

    @Override public void acquire() throws InterruptedException { condition.acquire(); }
    @Override public void acquireUninterruptibly() { condition.acquireUninterruptibly(); }
    @Override public boolean tryAcquire() { return condition.tryAcquire(); }
    @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return condition.tryAcquire(timeout, unit); }
    @Override public void release() { condition.release(); }
    @Override public boolean isLocked() { return lock.isLocked(); }
    @Override public boolean isHeldByCurrentThread() { return lock.isHeldByCurrentThread(); }
    @Override public int getHoldCount() { return lock.getHoldCount(); }
    @Override public Guard guard() throws InterruptedException { return condition.guard(); }
    @Override public String toString() { return condition.toString(); }
}
