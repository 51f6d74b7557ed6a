package dev.interlock;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * A primitive, non-reentrant lock with no owner: Python's {@code threading.Lock}.
 *
 * <p>The lock is either locked or unlocked. Any thread may release it, not only the thread that
 * acquired it. A thread that already holds it and acquires it again waits like any other thread
 * (it deadlocks unless another thread releases the lock). Which waiting thread proceeds on
 * release is not defined; a newly arriving thread may take the lock first.
 *
 * <p>Python mapping: {@code acquire()} is {@link #acquire()}; {@code acquire(blocking=False)} is
 * {@link #tryAcquire()}; {@code acquire(timeout=t)} is {@link #tryAcquire(long, TimeUnit)};
 * {@code release()} is {@link #release()}; {@code locked()} is {@link #isLocked()}; {@code with
 * lock:} is {@code try (Guard g = lock.guard())}.
 *
 * <p><b>Interruption.</b> If the current thread has its interrupted status set on entry to an
 * interruptible method, or is interrupted while waiting, {@link InterruptedException} is thrown
 * and the current thread's interrupted status is cleared; the lock is not acquired.
 *
 * <p><b>Memory consistency effects:</b> actions in a thread prior to {@link #release()} <i>happen-before</i>
 * actions following a subsequent successful acquire of the same lock in another thread.
 */
public final class Lock implements ConditionLock {

    /** State 0 is unlocked, 1 is locked. There is no owner to record. */
    private static final class Sync extends AbstractQueuedSynchronizer {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean tryAcquire(int ignored) {
            return compareAndSetState(0, 1);
        }

        @Override
        protected boolean tryRelease(int ignored) {
            // A CAS, not a plain write: of two racing releases of a held lock, one must fail.
            if (!compareAndSetState(1, 0)) throw new IllegalMonitorStateException("release unlocked lock");
            return true;
        }

        boolean isLocked() {
            return getState() != 0;
        }
    }

    private final Sync sync = new Sync();

    /** Creates an unlocked lock. */
    public Lock() {
    }

    /**
     * Acquires the lock, waiting until it is free.
     *
     * @throws InterruptedException if the current thread is interrupted
     */
    @Override
    public void acquire() throws InterruptedException {
        sync.acquireInterruptibly(1);
    }

    /**
     * Acquires the lock, waiting until it is free. If the current thread is interrupted while
     * waiting it goes on waiting; its interrupted status is set when this method returns.
     */
    @Override
    public void acquireUninterruptibly() {
        sync.acquire(1);
    }

    /**
     * Acquires the lock only if it is free at the time of the call ({@code acquire(False)}).
     *
     * @return {@code true} if the lock was acquired
     */
    @Override
    public boolean tryAcquire() {
        return sync.tryAcquire(1);
    }

    /**
     * Acquires the lock if it becomes free within the given waiting time. A timeout {@code <= 0}
     * polls: the lock is acquired only if it is free, and the method never waits.
     *
     * @return {@code true} if the lock was acquired, {@code false} if the waiting time elapsed
     * @throws InterruptedException if the current thread is interrupted
     * @throws NullPointerException if {@code unit} is null
     */
    @Override
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.tryAcquireNanos(1, unit.toNanos(timeout));
    }

    /**
     * As {@link #tryAcquire(long, TimeUnit)}, with the timeout as a {@link Duration}.
     *
     * @throws NullPointerException if {@code timeout} is null
     */
    public boolean tryAcquire(Duration timeout) throws InterruptedException {
        return tryAcquire(Timeouts.nanos(timeout), TimeUnit.NANOSECONDS);
    }

    /**
     * Releases the lock. Any thread may release it. If threads are waiting, one of them proceeds.
     *
     * @throws IllegalMonitorStateException ({@code "release unlocked lock"}) if the lock is not locked
     */
    @Override
    public void release() {
        sync.release(1);
    }

    /**
     * Acquires the lock as {@link #acquire()} and returns a guard that releases it when closed.
     *
     * @throws InterruptedException if the current thread is interrupted while waiting
     */
    public Guard guard() throws InterruptedException {
        acquire();
        return Guard.of(this::release);
    }

    /** Whether the lock is held, by any thread ({@code locked()}). A snapshot. */
    public boolean isLocked() {
        return sync.isLocked();
    }

    /**
     * Whether the lock is held by anyone: an ownerless lock cannot tell more. A {@link Condition}
     * over a {@code Lock} therefore lets any thread wait or signal while some thread holds the
     * lock, exactly as CPython's {@code Condition(Lock())} does.
     */
    @Override
    public boolean isOwned() {
        return isLocked();
    }

    /** Returns {@code "Lock[locked]"} or {@code "Lock[unlocked]"}. */
    @Override
    public String toString() {
        return "Lock[" + (isLocked() ? "locked" : "unlocked") + "]";
    }
}
