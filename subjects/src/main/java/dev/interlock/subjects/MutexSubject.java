package dev.interlock.subjects;

import dev.interlock.Guard;
import java.util.concurrent.TimeUnit;

/**
 * A lock-like subject: the operations of Python's {@code Lock} that every engine exercises.
 * Implemented by an adapter around the primitive under test; exceptions pass through unchanged.
 */
public interface MutexSubject {

    /** Acquires, waiting as long as necessary; interruptible. */
    void acquire() throws InterruptedException;

    /** Acquires, waiting as long as necessary; not interruptible. */
    void acquireUninterruptibly();

    /** Acquires only if free now. */
    boolean tryAcquire();

    /** Acquires if free within the timeout; a timeout {@code <= 0} polls. */
    boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException;

    /** Releases one acquisition. */
    void release();

    /** Whether any thread holds the lock. */
    boolean isLocked();

    /** Acquires and returns a guard that releases once when closed ({@code with lock:}). */
    default Guard guard() throws InterruptedException {
        acquire();
        return Guard.of(this::release);
    }
}
