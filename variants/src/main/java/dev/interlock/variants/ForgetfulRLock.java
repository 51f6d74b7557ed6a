package dev.interlock.variants;

import dev.interlock.RLock;
import dev.interlock.subjects.ReentrantMutexSubject;
import java.util.concurrent.TimeUnit;

/**
 * <b>Broken on purpose:</b> a reentrant lock that forgets its count on release: one {@link
 * #release()} gives up <i>every</i> hold, as if the count were a flag.
 *
 * <p>A thread that took the lock twice (an outer and an inner critical section) loses it when the
 * inner section ends, and another thread enters while the outer one still runs. The correct form
 * is {@link RLock}: one release per acquisition.
 *
 * <p>Demonstrated by the Lincheck model {@code ForgetfulRLockReentrancyDemoTest}
 * ({@code ReentrancyModel}): acquire, acquire, release leaves hold count 0 instead of 1.
 */
public final class ForgetfulRLock implements ReentrantMutexSubject {
    private final RLock lock = new RLock();

    @Override public void acquire() throws InterruptedException { lock.acquire(); }
    @Override public void acquireUninterruptibly() { lock.acquireUninterruptibly(); }
    @Override public boolean tryAcquire() { return lock.tryAcquire(); }
    @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return lock.tryAcquire(timeout, unit); }

    /** Broken: releases all of the caller's holds (a non-owner's release is still refused). */
    @Override
    public void release() {
        int holds = lock.getHoldCount();
        if (holds == 0) {
            lock.release(); // refused: IllegalMonitorStateException, as RLock
            return;
        }
        for (int i = 0; i < holds; i++) lock.release();
    }

    @Override public boolean isLocked() { return lock.isLocked(); }
    @Override public boolean isHeldByCurrentThread() { return lock.isHeldByCurrentThread(); }
    @Override public int getHoldCount() { return lock.getHoldCount(); }
    @Override public String toString() { return "ForgetfulRLock" + lock.toString().substring("RLock".length()); }
}
