package dev.interlock.variants;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * <b>Broken on purpose:</b> a counting semaphore whose decrement is a read followed by a write
 * ({@code v = value.get(); if (v > 0) value.set(v - 1)} where {@code compareAndSet(v, v - 1)} was
 * meant), on the fast path before any waiting.
 *
 * <p>Every read and write is atomic and visible; the decrement is not. Two threads can read the same
 * value and both take "the last" unit (one unit handed out twice), and a decrement racing with a
 * release can overwrite it (a unit lost). Everything else is correct: release adds with a
 * compare-and-set, waiting is on a {@link dev.interlock.Condition} ({@link SlowPath}). The correct
 * form decrements with one compare-and-set ({@link dev.interlock.Semaphore}, through AQS) or only
 * under a lock (CPython's {@code Semaphore}, over a {@code Condition}).
 *
 * <p>Mirrors the classic non-atomic {@code if (permits > 0) permits--} of hand-written semaphores
 * and rate limiters, where a volatile or atomic field was taken for an atomic decrement.
 *
 * <p>Demonstrated by the Lincheck model {@code RacySemaphoreCounterDemoTest} and the jcstress test
 * {@code RacySemaphore_01_LastPermitTakenOnce} (paired with {@code Semaphore_04_LastPermitTakenOnce}),
 * through {@link dev.interlock.variants.adapters.RacySemaphoreAdapter}. No JUnit Semaphore contract
 * test races two fast-path acquires: not bound.
 */
public final class RacySemaphore {
    private final SlowPath slowPath = new SlowPath();
    private final AtomicInteger value;

    /**
     * A semaphore with {@code value} units.
     *
     * @throws IllegalArgumentException ({@code "semaphore initial value must be >= 0"}) if {@code value < 0}
     */
    public RacySemaphore(int value) {
        if (value < 0) throw new IllegalArgumentException("semaphore initial value must be >= 0");
        this.value = new AtomicInteger(value);
    }

    /** Takes a unit, waiting while none is free; interruptible (status set on entry: refused). */
    public void acquire() throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        if (tryAcquire()) return; // the fast path
        slowPath.await(this::tryAcquire, -1L, true);
    }

    /** As {@link #acquire()}; an interrupt is kept as the thread's status. */
    public void acquireUninterruptibly() {
        if (tryAcquire()) return;
        slowPath.awaitUninterruptibly(this::tryAcquire);
    }

    /** Broken: reads the value, then writes it minus one, in two steps. */
    public boolean tryAcquire() {
        int v = value.get();
        if (v <= 0) return false;
        value.set(v - 1); // another thread may have taken the same unit meanwhile
        return true;
    }

    /** Takes a unit if one is free within the timeout; a timeout {@code <= 0} polls. */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        if (tryAcquire()) return true;
        return slowPath.await(this::tryAcquire, Math.max(0L, unit.toNanos(timeout)), true);
    }

    /**
     * Adds {@code n} units and wakes up to {@code n} waiters; any thread may release.
     *
     * @throws IllegalArgumentException ({@code "n must be one or more"}) if {@code n < 1}
     * @throws Error ({@code "Maximum permit count exceeded"}) if the value would overflow
     */
    public void release(int n) {
        if (n < 1) throw new IllegalArgumentException("n must be one or more");
        for (;;) {
            int v = value.get();
            if (v + n < v) throw new Error("Maximum permit count exceeded");
            if (value.compareAndSet(v, v + n)) break;
        }
        slowPath.wake(n);
    }

    /** The current value. */
    public int availablePermits() {
        return value.get();
    }

    @Override
    public String toString() {
        return "RacySemaphore[value=" + value.get() + "]";
    }
}
