package dev.interlock.variants;

import dev.interlock.Lock;
import java.util.concurrent.TimeUnit;

/**
 * <b>Broken on purpose:</b> a reentrant lock whose {@link #release()} checks that the lock is
 * <i>held</i>, not that the caller <i>owns</i> it: any thread can release another thread's hold.
 *
 * <p>It is CPython's pure-Python {@code _PyRLock} (a plain lock, an owner and a count) with one
 * line changed: {@code if self._owner != get_ident(): raise RuntimeError} became "is the count
 * zero?". A thread that calls {@code release()} by mistake (a double release, a release in the
 * wrong thread) silently frees a lock another thread still works under, which then runs unprotected
 * next to whoever takes the lock. The correct form refuses with {@link IllegalMonitorStateException}
 * ({@link dev.interlock.RLock}, as CPython's {@code RuntimeError} and j.u.c's {@code
 * ReentrantLock}).
 *
 * <p>Mirrors hand-rolled reentrant locks that keep a count but skip the owner check that
 * {@code _PyRLock.release} and {@code ReentrantLock.tryRelease} make.
 *
 * <p>Demonstrated by the Lincheck model {@code NonOwnerReleaseRLockReentrancyDemoTest}, the jcstress
 * test {@code NonOwnerReleaseRLock_01_NonOwnerReleaseRefused} and the JUnit binding {@code
 * NonOwnerReleaseRLockConformanceTest}, through {@link
 * dev.interlock.variants.adapters.NonOwnerReleaseRLockAdapter}.
 */
public final class NonOwnerReleaseRLock {
    private final Lock block = new Lock();
    private volatile Thread owner;
    private volatile int count; // the owner's holds; written by the owner, and by the broken release

    /** Acquires, or re-enters if the caller owns the lock; interruptible (status set on entry: refused). */
    public void acquire() throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        if (reentered()) return;
        block.acquire();
        owned();
    }

    /** As {@link #acquire()}; an interrupt is kept as the thread's status. */
    public void acquireUninterruptibly() {
        if (reentered()) return;
        block.acquireUninterruptibly();
        owned();
    }

    /** Acquires if free now, or re-enters if the caller owns the lock. */
    public boolean tryAcquire() {
        if (reentered()) return true;
        if (!block.tryAcquire()) return false;
        owned();
        return true;
    }

    /** Acquires if free within the timeout, or re-enters; a timeout {@code <= 0} polls. */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        if (reentered()) return true;
        if (!block.tryAcquire(timeout, unit)) return false;
        owned();
        return true;
    }

    /**
     * Broken: releases one hold of <i>whoever</i> holds the lock.
     *
     * @throws IllegalMonitorStateException ({@code "cannot release un-acquired lock"}) only if
     *     nobody holds it
     */
    public void release() {
        if (count == 0) throw new IllegalMonitorStateException("cannot release un-acquired lock"); // no owner check
        int left = count - 1;
        count = left;
        if (left == 0) {
            owner = null;
            block.release();
        }
    }

    /** Whether any thread holds the lock. */
    public boolean isLocked() {
        return block.isLocked();
    }

    /** Whether the current thread owns the lock. */
    public boolean isHeldByCurrentThread() {
        return owner == Thread.currentThread();
    }

    /** The current thread's hold count; 0 if it does not own the lock. */
    public int getHoldCount() {
        return isHeldByCurrentThread() ? count : 0;
    }

    private boolean reentered() {
        if (owner != Thread.currentThread()) return false;
        count = count + 1;
        return true;
    }

    private void owned() {
        owner = Thread.currentThread();
        count = 1;
    }

    @Override
    public String toString() {
        Thread o = owner;
        return o == null ? "NonOwnerReleaseRLock[unlocked]" : "NonOwnerReleaseRLock[locked by " + o.getName() + ", count=" + count + "]";
    }
}
