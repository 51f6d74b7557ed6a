package dev.interlock.variants;

import dev.interlock.Condition;
import dev.interlock.Lock;
import java.util.concurrent.TimeUnit;

/**
 * <b>Broken on purpose:</b> Python 2.7's {@code BoundedSemaphore}, ported: CPython's {@code
 * Semaphore} (a value guarded by a {@link Condition}) with a release that checks the bound
 * <i>before</i> it takes the lock, then adds under the lock, in two steps.
 *
 * <p>Two releases racing for the last free place both pass the check before either adds its unit,
 * and the value ends above the bound with no error: the over-release the class exists to catch
 * goes unnoticed. Acquiring and waiting are correct. The correct form checks and adds in one atomic
 * step ({@link dev.interlock.BoundedSemaphore}: a compare-and-set that refuses the whole release;
 * CPython since 2013: the check under the lock).
 *
 * <p>Mirrors CPython's own historical bug (python-threading.md section 3.5): Python 2.7's {@code
 * _BoundedSemaphore.release} tested {@code self._Semaphore__value >= self._initial_value} outside
 * the lock, then called {@code _Semaphore.release}; fixed in October 2013 by moving the check under
 * the lock (with {@code ThreadTests.test_BoundedSemaphore_limit}).
 *
 * <p>Demonstrated by the Lincheck model {@code RacyBoundedSemaphoreCountingDemoTest}, the jcstress
 * test {@code RacyBoundedSemaphore_01_OverReleaseRefusedOnce} (paired with {@code
 * BoundedSemaphore_02_OverReleaseRefusedOnce}), through {@link
 * dev.interlock.variants.adapters.RacyBoundedSemaphoreAdapter}. The JUnit contract's racing-releases
 * test (200 rounds through a {@code CyclicBarrier}, whose wake-up skew is microseconds) did not hit
 * the window of a few nanoseconds on a loaded 2-CPU machine: not bound.
 */
public final class RacyBoundedSemaphore {
    private final Condition cond = new Condition(new Lock());
    private final int bound;
    private volatile int value; // written only under the lock; read without it by the broken check

    /**
     * A semaphore with {@code value} units, bounded at {@code value}.
     *
     * @throws IllegalArgumentException ({@code "semaphore initial value must be >= 0"}) if {@code value < 0}
     */
    public RacyBoundedSemaphore(int value) {
        if (value < 0) throw new IllegalArgumentException("semaphore initial value must be >= 0");
        this.value = value;
        this.bound = value;
    }

    /** Takes a unit, waiting while none is free; interruptible (status set on entry: refused). */
    public void acquire() throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        cond.acquire();
        try {
            while (value == 0) cond.await();
            value = value - 1;
        } finally {
            cond.release();
        }
    }

    /** As {@link #acquire()}; an interrupt is kept as the thread's status. */
    public void acquireUninterruptibly() {
        boolean interrupted = false;
        cond.acquireUninterruptibly();
        try {
            while (value == 0) {
                try {
                    cond.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            value = value - 1;
        } finally {
            cond.release();
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Takes a unit only if one is free now. */
    public boolean tryAcquire() {
        cond.acquireUninterruptibly();
        try {
            if (value == 0) return false;
            value = value - 1;
            return true;
        } finally {
            cond.release();
        }
    }

    /** Takes a unit if one is free within the timeout; a timeout {@code <= 0} polls. */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        cond.acquire();
        try {
            if (value == 0 && !cond.awaitFor(() -> value > 0, timeout, unit)) return false;
            value = value - 1;
            return true;
        } finally {
            cond.release();
        }
    }

    /**
     * Broken: checks the bound without the lock, then adds under it, in two steps.
     *
     * @throws IllegalArgumentException ({@code "n must be one or more"}) if {@code n < 1}
     * @throws IllegalStateException ({@code "Semaphore released too many times"}) if the value plus
     *     {@code n} exceeds the bound <i>at the time of the check</i>
     */
    public void release(int n) {
        if (n < 1) throw new IllegalArgumentException("n must be one or more");
        if (n > bound - value) throw new IllegalStateException("Semaphore released too many times");
        cond.acquireUninterruptibly(); // another release may have passed the same check meanwhile
        try {
            value = value + n;
            cond.signal(n);
        } finally {
            cond.release();
        }
    }

    /** The current value. */
    public int availablePermits() {
        return value;
    }

    /** The bound: the initial value. */
    public int bound() {
        return bound;
    }

    @Override
    public String toString() {
        return "RacyBoundedSemaphore[value=" + value + "/" + bound + "]";
    }
}
