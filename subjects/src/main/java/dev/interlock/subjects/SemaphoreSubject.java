package dev.interlock.subjects;

import dev.interlock.Guard;
import java.util.concurrent.TimeUnit;

/** A counting-semaphore subject: Python's {@code Semaphore} and {@code BoundedSemaphore}. */
public interface SemaphoreSubject {

    /** Takes one unit, waiting while none is free; interruptible. */
    void acquire() throws InterruptedException;

    /** Takes one unit, waiting while none is free; not interruptible. */
    void acquireUninterruptibly();

    /** Takes one unit only if one is free now. */
    boolean tryAcquire();

    /** Takes one unit if one is free within the timeout; a timeout {@code <= 0} polls. */
    boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException;

    /** Adds one unit. */
    void release();

    /** Adds {@code n} units. */
    void release(int n);

    /** The current value. */
    int availablePermits();

    /** Takes one unit and returns a guard that releases it once when closed ({@code with sem:}). */
    default Guard guard() throws InterruptedException {
        acquire();
        return Guard.of(this::release);
    }
}
