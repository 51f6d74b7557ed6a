package dev.interlock;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * A counting semaphore: Python's {@code threading.Semaphore}.
 *
 * <p>The semaphore holds a non-negative value. {@link #acquire()} takes one unit, waiting while
 * the value is zero; {@link #release(int)} adds units and lets up to that many waiting threads
 * proceed. There is no upper bound: releasing more than was acquired raises the value above its
 * initial value (see {@link BoundedSemaphore} for a bounded one). The order in which waiting
 * threads proceed is not defined, and a newly arriving thread may take a unit first.
 *
 * <p>Python mapping: {@code acquire()} is {@link #acquire()}; {@code acquire(blocking=False)} is
 * {@link #tryAcquire()}; {@code acquire(timeout=t)} is {@link #tryAcquire(long, TimeUnit)};
 * {@code release(n)} is {@link #release(int)}; {@code _value} is {@link #availablePermits()};
 * {@code with sem:} is {@code try (Guard g = sem.guard())}.
 *
 * <p><b>Interruption.</b> If the current thread has its interrupted status set on entry to an
 * interruptible method, or is interrupted while waiting, {@link InterruptedException} is thrown
 * and the current thread's interrupted status is cleared; no unit is taken.
 *
 * <p><b>Memory consistency effects:</b> actions in a thread prior to calling a release method
 * <i>happen-before</i> actions following a successful acquire method in another thread.
 */
public class Semaphore {

    /** State is the value. Acquisition is non-fair, as in CPython. */
    static class Sync extends AbstractQueuedSynchronizer {
        private static final long serialVersionUID = 1L;

        Sync(int value) {
            setState(value);
        }

        @Override
        protected final int tryAcquireShared(int acquires) {
            for (;;) {
                int available = getState();
                int remaining = available - acquires;
                if (remaining < 0 || compareAndSetState(available, remaining)) return remaining;
            }
        }

        @Override
        protected boolean tryReleaseShared(int releases) {
            for (;;) {
                int current = getState();
                int next = current + releases;
                if (next < current) throw new Error("Maximum permit count exceeded"); // nothing changed
                if (compareAndSetState(current, next)) return true;
            }
        }

        final int value() {
            return getState();
        }
    }

    private final Sync sync;

    /**
     * Creates a semaphore with the given initial value ({@code Semaphore(value)}).
     *
     * @throws IllegalArgumentException ({@code "semaphore initial value must be >= 0"}) if
     *     {@code value < 0}
     */
    public Semaphore(int value) {
        this(new Sync(checkedInitialValue(value)));
    }

    /** Creates a semaphore with value 1 ({@code Semaphore()}). */
    public Semaphore() {
        this(1);
    }

    Semaphore(Sync sync) {
        this.sync = sync;
    }

    static int checkedInitialValue(int value) {
        if (value < 0) throw new IllegalArgumentException("semaphore initial value must be >= 0");
        return value;
    }

    /**
     * Takes one unit, waiting while the value is zero.
     *
     * @throws InterruptedException if the current thread is interrupted
     */
    public void acquire() throws InterruptedException {
        sync.acquireSharedInterruptibly(1);
    }

    /**
     * Takes one unit, waiting while the value is zero. If the current thread is interrupted while
     * waiting it goes on waiting; its interrupted status is set when this method returns.
     */
    public void acquireUninterruptibly() {
        sync.acquireShared(1);
    }

    /**
     * Takes one unit only if one is available at the time of the call ({@code acquire(False)}).
     * This method barges: it may take a unit ahead of threads already waiting.
     *
     * @return {@code true} if a unit was taken
     */
    public boolean tryAcquire() {
        return sync.tryAcquireShared(1) >= 0;
    }

    /**
     * Takes one unit if one becomes available within the given waiting time. A timeout {@code <= 0}
     * polls and never waits.
     *
     * @return {@code true} if a unit was taken, {@code false} if the waiting time elapsed
     * @throws InterruptedException if the current thread is interrupted
     * @throws NullPointerException if {@code unit} is null
     */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.tryAcquireSharedNanos(1, unit.toNanos(timeout));
    }

    /**
     * As {@link #tryAcquire(long, TimeUnit)}, with the timeout as a {@link Duration}.
     *
     * @throws NullPointerException if {@code timeout} is null
     */
    public boolean tryAcquire(Duration timeout) throws InterruptedException {
        return tryAcquire(Timeouts.nanos(timeout), TimeUnit.NANOSECONDS);
    }

    /** Adds one unit, as {@link #release(int) release(1)}. */
    public void release() {
        release(1);
    }

    /**
     * Adds {@code n} units; up to {@code n} waiting threads may proceed. Any thread may release.
     *
     * @throws IllegalArgumentException ({@code "n must be one or more"}) if {@code n < 1}
     * @throws Error ({@code "Maximum permit count exceeded"}) if the value would overflow an
     *     {@code int}; the value is then unchanged
     */
    public void release(int n) {
        if (n < 1) throw new IllegalArgumentException("n must be one or more");
        sync.releaseShared(n);
    }

    /**
     * Takes one unit as {@link #acquire()} and returns a guard that releases one unit when closed.
     *
     * @throws InterruptedException if the current thread is interrupted while waiting
     */
    public Guard guard() throws InterruptedException {
        acquire();
        return Guard.of(this::release);
    }

    /** The current value. A snapshot, for monitoring and tests. */
    public int availablePermits() {
        return sync.value();
    }

    /** Returns {@code "Semaphore[value=<n>]"}. */
    @Override
    public String toString() {
        return "Semaphore[value=" + availablePermits() + "]";
    }
}
