package dev.interlock;

import java.util.concurrent.TimeUnit;

/**
 * What a lock must offer so that a {@link Condition} can be built over it: the operations behind
 * Python's {@code Condition(lock)}, including the private protocol CPython's {@code Condition}
 * adopts from the lock ({@code _is_owned}, {@code _release_save}, {@code _acquire_restore}).
 *
 * <p>{@link Lock} and {@link RLock} implement it. A user lock implements the five acquisition
 * methods and, when it knows its owner, overrides the three protocol methods; the defaults are
 * CPython's fallbacks for a lock without them, which can only tell whether <em>someone</em>
 * holds the lock (see {@link #isOwned()}).
 *
 * <p><b>Memory consistency effects:</b> an implementation must give lock semantics, on which
 * {@link Condition} relies: actions prior to a release ({@link #release()}, {@link
 * #releaseSave()}) <i>happen-before</i> actions following the next acquisition ({@link
 * #acquire()}, a successful {@code tryAcquire}, {@link #acquireRestore(int)}) in another thread.
 */
public interface ConditionLock {

    /** Acquires the lock, waiting if necessary; interruptible. */
    void acquire() throws InterruptedException;

    /** Acquires the lock, waiting if necessary; an interrupt is kept as the thread's status. */
    void acquireUninterruptibly();

    /** Acquires the lock only if it is free at the time of the call. */
    boolean tryAcquire();

    /** Acquires the lock if it becomes free within the timeout; a timeout {@code <= 0} polls. */
    boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException;

    /** Releases one acquisition. */
    void release();

    /**
     * Whether the current thread may wait on or signal a condition over this lock ({@code
     * _is_owned}). The default, as CPython's fallback, answers whether the lock is held by
     * anyone: it tries to acquire the lock and, if that succeeds, releases it and answers false.
     */
    default boolean isOwned() {
        if (tryAcquire()) {
            release();
            return false;
        }
        return true;
    }

    /**
     * Releases the lock completely, whatever its hold count, and returns what {@link
     * #acquireRestore(int)} needs to restore it ({@code _release_save}). The default releases
     * once and returns 1.
     *
     * @throws IllegalMonitorStateException if the current thread may not release the lock
     */
    default int releaseSave() {
        release();
        return 1;
    }

    /**
     * Acquires the lock uninterruptibly and restores the state saved by {@link #releaseSave()}
     * ({@code _acquire_restore}). An interrupt that arrives meanwhile is kept as the thread's
     * interrupted status. The default acquires once.
     *
     * @param saved the value {@link #releaseSave()} returned
     */
    default void acquireRestore(int saved) {
        acquireUninterruptibly();
    }
}
