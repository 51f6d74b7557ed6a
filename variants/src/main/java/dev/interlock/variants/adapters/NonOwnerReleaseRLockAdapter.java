package dev.interlock.variants.adapters;

import dev.interlock.subjects.ReentrantMutexSubject;
import dev.interlock.variants.NonOwnerReleaseRLock;
import java.util.concurrent.TimeUnit;

/** The broken {@link NonOwnerReleaseRLock} as a {@link ReentrantMutexSubject}, to run through the same tests as {@link dev.interlock.RLock}. */
public record NonOwnerReleaseRLockAdapter(NonOwnerReleaseRLock lock) implements ReentrantMutexSubject {
    /** A new adapter over a new, unlocked lock. */
    public static NonOwnerReleaseRLockAdapter create() { return new NonOwnerReleaseRLockAdapter(new NonOwnerReleaseRLock()); }

    @Override public void acquire() throws InterruptedException { lock.acquire(); }
    @Override public void acquireUninterruptibly() { lock.acquireUninterruptibly(); }
    @Override public boolean tryAcquire() { return lock.tryAcquire(); }
    @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return lock.tryAcquire(timeout, unit); }
    @Override public void release() { lock.release(); }
    @Override public boolean isLocked() { return lock.isLocked(); }
    @Override public boolean isHeldByCurrentThread() { return lock.isHeldByCurrentThread(); }
    @Override public int getHoldCount() { return lock.getHoldCount(); }
    @Override public String toString() { return lock.toString(); }
}
