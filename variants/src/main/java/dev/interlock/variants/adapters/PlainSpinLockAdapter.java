package dev.interlock.variants.adapters;

import dev.interlock.subjects.MutexSubject;
import dev.interlock.variants.PlainSpinLock;
import java.util.concurrent.TimeUnit;

/**
 * The broken {@link PlainSpinLock} as a {@link MutexSubject}, so that it runs through the same
 * tests as {@link dev.interlock.Lock}. Interruption is checked on entry and while spinning; the
 * timed acquire spins until its deadline. Everything else is the variant's (broken) behaviour.
 */
public record PlainSpinLockAdapter(PlainSpinLock lock) implements MutexSubject {

    /** A new adapter over a new, unlocked spin lock. */
    public static PlainSpinLockAdapter create() {
        return new PlainSpinLockAdapter(new PlainSpinLock());
    }

    /** The variant's check-then-act ({@link PlainSpinLock#tryAcquire()}) in a loop that checks for interruption. */
    @Override
    public void acquire() throws InterruptedException {
        for (;;) {
            if (Thread.interrupted()) throw new InterruptedException();
            if (lock.tryAcquire()) return;
            Thread.onSpinWait();
        }
    }

    @Override
    public void acquireUninterruptibly() {
        lock.acquire();
    }

    @Override
    public boolean tryAcquire() {
        return lock.tryAcquire();
    }

    @Override
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (;;) {
            if (Thread.interrupted()) throw new InterruptedException();
            if (lock.tryAcquire()) return true;
            if (deadline - System.nanoTime() <= 0) return false;
            Thread.onSpinWait();
        }
    }

    @Override
    public void release() {
        lock.release();
    }

    @Override
    public boolean isLocked() {
        return lock.isLocked();
    }

    @Override
    public String toString() {
        return lock.toString();
    }
}
