package dev.interlock.variants;

import dev.interlock.Condition;
import dev.interlock.Lock;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Not a variant itself: CPython's {@code Barrier} algorithm (the states filling, draining,
 * resetting and broken over one {@link Condition}), with the semantics of {@link
 * dev.interlock.Barrier}, written so that a broken barrier can change exactly one of its decisions
 * by overriding one method. {@code dev.interlock.Barrier} is final, so the variants re-implement it
 * here rather than wrap it.
 *
 * <p>The two decisions open to a subclass are {@link #enterCycle()} (CPython's {@code _enter}:
 * wait while the previous cycle drains or resets) and {@link #resetWithPartiesInside()} (what
 * {@code reset()} does while parties are in the barrier). Everything else is final.
 */
public abstract class PortedBarrier {

    /** CPython's {@code _state}: 0 filling, 1 draining, -1 resetting, -2 broken. */
    protected enum State { FILLING, DRAINING, RESETTING, BROKEN }

    private final int parties;
    private final Runnable action;
    private final Long defaultTimeoutNanos;
    /** CPython's {@code Condition(Lock())}; every field below is written only while it is held. */
    protected final Condition cond = new Condition(new Lock());
    /** The state; volatile so that the getters need not take the lock. */
    protected volatile State state = State.FILLING;
    /** The number of threads inside {@code await} in the current cycle. */
    protected volatile int count;
    private volatile Thread actionThread;

    /**
     * A barrier for {@code parties} parties that runs {@code action} (if not null) in the last
     * party of each cycle, with the default timeout {@code timeout} (if not null) for {@link #await()}.
     *
     * @throws IllegalArgumentException ({@code "parties must be > 0"}) if {@code parties < 1}
     */
    protected PortedBarrier(int parties, Runnable action, Duration timeout) {
        if (parties < 1) throw new IllegalArgumentException("parties must be > 0");
        this.parties = parties;
        this.action = action;
        this.defaultTimeoutNanos = timeout == null ? null : saturatedNanos(timeout);
    }

    /** Waits for all parties, for at most the default timeout if there is one; returns the arrival index. */
    public final int await() throws InterruptedException, BrokenBarrierException, TimeoutException {
        return defaultTimeoutNanos == null ? dowait(false, 0L) : dowait(true, defaultTimeoutNanos);
    }

    /** Waits for all parties for at most the timeout ({@code <= 0} polls); returns the arrival index. */
    public final int await(long timeout, TimeUnit unit) throws InterruptedException, BrokenBarrierException, TimeoutException {
        return dowait(true, unit.toNanos(timeout));
    }

    /** CPython's {@code reset()}: waiters of a filling cycle get {@link BrokenBarrierException}. */
    public final void reset() {
        enterLock();
        try {
            if (count > 0) resetWithPartiesInside();
            else state = State.FILLING;
            cond.signalAll();
        } finally {
            cond.release();
        }
    }

    /** Breaks the barrier: waiting parties and later {@code await}s get {@link BrokenBarrierException} until reset. */
    public final void abort() {
        enterLock();
        try {
            breakBarrier();
        } finally {
            cond.release();
        }
    }

    public final int getParties() {
        return parties;
    }

    /** The number of parties waiting in the filling cycle, else 0. */
    public final int getNumberWaiting() {
        return state == State.FILLING ? count : 0;
    }

    public final boolean isBroken() {
        return state == State.BROKEN;
    }

    @Override
    public final String toString() {
        String name = getClass().getSimpleName();
        return isBroken() ? name + "[broken]" : name + "[waiting=" + getNumberWaiting() + "/" + parties + "]";
    }

    /**
     * CPython's {@code _enter}, called with the lock held: waits while the previous cycle drains or
     * resets, then fails if the barrier is broken.
     */
    protected void enterCycle() throws InterruptedException, BrokenBarrierException {
        while (state == State.DRAINING || state == State.RESETTING) cond.await();
        if (state == State.BROKEN) throw new BrokenBarrierException();
    }

    /**
     * What {@code reset()} does, with the lock held, while parties are inside: a filling or broken
     * cycle becomes resetting (its waiters leave with {@link BrokenBarrierException}, the last one
     * out opens the next cycle); a draining one is left to drain.
     */
    protected void resetWithPartiesInside() {
        if (state == State.FILLING || state == State.BROKEN) state = State.RESETTING;
    }

    private int dowait(boolean timed, long nanos) throws InterruptedException, BrokenBarrierException, TimeoutException {
        enterLock();
        try {
            enterCycle();
            if (Thread.interrupted()) {
                breakBarrier();
                throw new InterruptedException();
            }
            int index = count++;
            try {
                if (index + 1 == parties) trip();
                else waitForTrip(timed, nanos);
                return index;
            } finally {
                count--;
                exitCycle();
            }
        } finally {
            cond.release();
        }
    }

    private void trip() {
        try {
            if (action != null) runAction();
            state = State.DRAINING;
            cond.signalAll();
        } catch (Throwable e) {
            breakBarrier();
            throw e;
        }
    }

    private void waitForTrip(boolean timed, long nanos) throws InterruptedException, BrokenBarrierException, TimeoutException {
        boolean tripped;
        try {
            tripped = timed ? cond.awaitFor(() -> state != State.FILLING, nanos, TimeUnit.NANOSECONDS)
                            : cond.awaitFor(() -> state != State.FILLING);
        } catch (InterruptedException e) {
            if (state == State.FILLING) {
                breakBarrier();
                throw e;
            }
            Thread.currentThread().interrupt();
            tripped = true;
        }
        if (!tripped) {
            breakBarrier();
            throw new TimeoutException();
        }
        if (state != State.DRAINING) throw new BrokenBarrierException();
    }

    /** CPython's {@code _exit}: the last thread out of a draining or resetting barrier opens the next cycle. */
    private void exitCycle() {
        if (count == 0 && (state == State.DRAINING || state == State.RESETTING)) {
            state = State.FILLING;
            cond.signalAll();
        }
    }

    private void runAction() {
        actionThread = Thread.currentThread();
        try {
            action.run();
        } finally {
            actionThread = null;
        }
    }

    private void enterLock() {
        if (actionThread == Thread.currentThread()) {
            throw new IllegalStateException("the barrier action cannot call await, reset or abort on its own barrier");
        }
        cond.acquireUninterruptibly();
    }

    private void breakBarrier() {
        state = State.BROKEN;
        cond.signalAll();
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
