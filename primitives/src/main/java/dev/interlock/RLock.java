package dev.interlock;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * A reentrant lock with an owner and a recursion count: Python's {@code threading.RLock}.
 *
 * <p>The thread that acquires the lock owns it; the owner may acquire it again, and must release
 * it as many times as it acquired it. Only the owner may release it. The owner is recorded as
 * the synchronizer's exclusive owner thread, so thread dumps and {@code
 * ThreadMXBean.findDeadlockedThreads} see it.
 *
 * <p>Python mapping: {@code acquire()} is {@link #acquire()}; {@code acquire(blocking=False)} is
 * {@link #tryAcquire()}; {@code acquire(timeout=t)} is {@link #tryAcquire(long, TimeUnit)};
 * {@code release()} is {@link #release()}; {@code locked()} (3.14) is {@link #isLocked()};
 * {@code _is_owned()} is {@link #isHeldByCurrentThread()}; {@code _recursion_count()} is {@link
 * #getHoldCount()}; {@code with rlock:} is {@code try (Guard g = rlock.guard())}.
 *
 * <p><b>Interruption.</b> If the current thread has its interrupted status set on entry to an
 * interruptible method, or is interrupted while waiting, {@link InterruptedException} is thrown
 * and the current thread's interrupted status is cleared; the lock is not acquired. A re-entrant
 * acquisition by the owner never waits, but an interruptible one still throws if the interrupted
 * status is set on entry.
 *
 * <p><b>Memory consistency effects:</b> actions in a thread prior to the release that frees the
 * lock <i>happen-before</i> actions following a subsequent successful acquire in another thread.
 */
public final class RLock implements ConditionLock {

    /** State is the hold count; the owner is the exclusive owner thread while the count is above 0. */
    private static final class Sync extends AbstractQueuedSynchronizer {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean tryAcquire(int acquires) {
            Thread current = Thread.currentThread();
            int count = getState();
            if (count == 0) {
                if (!compareAndSetState(0, acquires)) return false;
                setExclusiveOwnerThread(current);
                return true;
            }
            if (getExclusiveOwnerThread() != current) return false;
            int next = count + acquires;
            if (next < 0) throw new Error("Maximum lock count exceeded"); // int overflow; nothing changed
            setState(next);
            return true;
        }

        @Override
        protected boolean tryRelease(int releases) {
            if (!isHeldExclusively()) throw new IllegalMonitorStateException("cannot release un-acquired lock");
            int next = getState() - releases;
            boolean free = next == 0;
            if (free) setExclusiveOwnerThread(null);
            setState(next);
            return free;
        }

        @Override
        protected boolean isHeldExclusively() {
            return getState() != 0 && getExclusiveOwnerThread() == Thread.currentThread();
        }

        boolean isLocked() {
            return getState() != 0;
        }

        int holdCount() {
            return isHeldExclusively() ? getState() : 0;
        }

        int releaseAll() {
            int count = holdCount();
            if (count == 0) throw new IllegalMonitorStateException("cannot release un-acquired lock");
            release(count);
            return count;
        }

        Thread owner() {
            return getExclusiveOwnerThread();
        }

        int count() {
            return getState();
        }
    }

    private final Sync sync = new Sync();

    /** Creates an unlocked reentrant lock. */
    public RLock() {
    }

    /**
     * Acquires the lock: at once, incrementing the hold count, if the current thread owns it;
     * otherwise waiting until it is free, then taking it with a hold count of one.
     *
     * @throws InterruptedException if the current thread is interrupted
     * @throws Error ({@code "Maximum lock count exceeded"}) if the hold count would overflow
     */
    @Override
    public void acquire() throws InterruptedException {
        sync.acquireInterruptibly(1);
    }

    /**
     * As {@link #acquire()}, but if the current thread is interrupted while waiting it goes on
     * waiting; its interrupted status is set when this method returns.
     */
    @Override
    public void acquireUninterruptibly() {
        sync.acquire(1);
    }

    /**
     * Acquires the lock if the current thread owns it or it is free at the time of the call.
     *
     * @return {@code true} if the lock was acquired
     */
    @Override
    public boolean tryAcquire() {
        return sync.tryAcquire(1);
    }

    /**
     * Acquires the lock if the current thread owns it, or if it becomes free within the given
     * waiting time. A timeout {@code <= 0} polls and never waits.
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
     * Decrements the hold count; at zero the lock is freed and one waiting thread may proceed.
     *
     * @throws IllegalMonitorStateException ({@code "cannot release un-acquired lock"}) if the
     *     current thread does not own the lock, including when it is unlocked
     */
    @Override
    public void release() {
        sync.release(1);
    }

    /**
     * Acquires the lock as {@link #acquire()} and returns a guard that releases it once when closed.
     *
     * @throws InterruptedException if the current thread is interrupted while waiting
     */
    public Guard guard() throws InterruptedException {
        acquire();
        return Guard.of(this::release);
    }

    /** Whether any thread holds the lock ({@code locked()}, Python 3.14). A snapshot. */
    public boolean isLocked() {
        return sync.isLocked();
    }

    /** Whether the current thread owns the lock ({@code _is_owned()}). */
    public boolean isHeldByCurrentThread() {
        return sync.isHeldExclusively();
    }

    /** The current thread's hold count, 0 if it does not own the lock ({@code _recursion_count()}). */
    public int getHoldCount() {
        return sync.holdCount();
    }

    /** As {@link #isHeldByCurrentThread()}: a condition over an {@code RLock} checks the real owner. */
    @Override
    public boolean isOwned() {
        return isHeldByCurrentThread();
    }

    /**
     * Releases the lock completely and returns the hold count it had ({@code _release_save}).
     *
     * @throws IllegalMonitorStateException ({@code "cannot release un-acquired lock"}) if the
     *     current thread does not own the lock
     */
    @Override
    public int releaseSave() {
        return sync.releaseAll();
    }

    /**
     * Acquires the lock uninterruptibly with the given hold count ({@code _acquire_restore}).
     *
     * @param saved the hold count to restore, as returned by {@link #releaseSave()}
     * @throws IllegalArgumentException if {@code saved < 1}
     * @throws Error ({@code "Maximum lock count exceeded"}) if the current thread already owns
     *     the lock and the hold count would overflow
     */
    @Override
    public void acquireRestore(int saved) {
        if (saved < 1) throw new IllegalArgumentException("saved hold count must be > 0");
        sync.acquire(saved);
    }

    /** Returns {@code "RLock[unlocked]"} or {@code "RLock[locked by <thread name>, count=<n>]"}. */
    @Override
    public String toString() {
        Thread owner = sync.owner();
        int count = sync.count();
        if (owner == null || count == 0) return "RLock[unlocked]";
        return "RLock[locked by " + owner.getName() + ", count=" + count + "]";
    }
}
