package dev.interlock.subjects;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A barrier subject: Python's {@code Barrier}. */
public interface BarrierSubject {

    /** Waits for all parties (with the default timeout, if any); returns the arrival index. */
    int await() throws InterruptedException, BrokenBarrierException, TimeoutException;

    /** Waits for all parties for at most the timeout; returns the arrival index. */
    int await(long timeout, TimeUnit unit) throws InterruptedException, BrokenBarrierException, TimeoutException;

    /** Returns the barrier to its initial state; current waiters get {@link BrokenBarrierException}. */
    void reset();

    /** Breaks the barrier. */
    void abort();

    /** The number of parties. */
    int getParties();

    /** The number of parties waiting in the filling cycle. */
    int getNumberWaiting();

    /** Whether the barrier is broken. */
    boolean isBroken();
}
