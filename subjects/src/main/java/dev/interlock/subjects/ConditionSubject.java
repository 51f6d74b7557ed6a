package dev.interlock.subjects;

import dev.interlock.Guard;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A condition-variable subject: Python's {@code Condition}, including its lock operations. */
public interface ConditionSubject {

    /** Acquires the condition's lock; interruptible. */
    void acquire() throws InterruptedException;

    /** Acquires the condition's lock only if it is free now. */
    boolean tryAcquire();

    /** Releases the condition's lock. */
    void release();

    /** Acquires the lock and returns a guard that releases it once when closed ({@code with cond:}). */
    default Guard guard() throws InterruptedException {
        acquire();
        return Guard.of(this::release);
    }

    /** Releases the lock, waits for a signal, re-acquires the lock. */
    void await() throws InterruptedException;

    /** As {@link #await()}, for at most the timeout; true if signalled. A timeout {@code <= 0} polls. */
    boolean await(long timeout, TimeUnit unit) throws InterruptedException;

    /** Waits until the predicate is true; returns its last value. */
    boolean awaitFor(BooleanSupplier predicate) throws InterruptedException;

    /** Waits until the predicate is true or the timeout elapses; returns its last value. */
    boolean awaitFor(BooleanSupplier predicate, long timeout, TimeUnit unit) throws InterruptedException;

    /** Wakes one waiter. */
    void signal();

    /** Wakes up to {@code n} waiters. */
    void signal(int n);

    /** Wakes every waiter. */
    void signalAll();
}
