package dev.interlock.variants;

import dev.interlock.ConditionLock;
import dev.interlock.RLock;
import java.util.concurrent.TimeUnit;

/**
 * <b>Broken on purpose:</b> an {@link RLock} whose {@link #releaseSave()} — what a {@link
 * dev.interlock.Condition} calls to give up the lock while it waits — releases <i>one</i> hold
 * instead of all of them (the {@link ConditionLock} default, right for a non-reentrant lock).
 *
 * <p>A thread that holds the lock twice and waits on a condition over it still holds it once
 * while it waits, so the thread that would signal it can never acquire the lock: both wait
 * forever. CPython's {@code Condition} avoids this with {@code _release_save}; so does {@link
 * RLock#releaseSave()}.
 *
 * <p>Demonstrated by the general-purpose Lincheck test of the Condition contract
 * ({@code await-releases-reentrant-hold}): a hang.
 */
public final class ReleaseOnceRLock implements ConditionLock {
    private final RLock lock = new RLock();

    @Override public void acquire() throws InterruptedException { lock.acquire(); }
    @Override public void acquireUninterruptibly() { lock.acquireUninterruptibly(); }
    @Override public boolean tryAcquire() { return lock.tryAcquire(); }
    @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return lock.tryAcquire(timeout, unit); }
    @Override public void release() { lock.release(); }
    @Override public boolean isOwned() { return lock.isHeldByCurrentThread(); }

    /** Broken: releases a single hold and says so. */
    @Override
    public int releaseSave() {
        lock.release();
        return 1;
    }

    @Override
    public void acquireRestore(int saved) {
        lock.acquireUninterruptibly();
    }

    @Override public String toString() { return "ReleaseOnceRLock" + lock.toString().substring("RLock".length()); }
}
