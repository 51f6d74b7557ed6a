package dev.interlock;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A cyclic barrier for a fixed number of parties: Python's {@code threading.Barrier}.
 *
 * <p>Each party calls {@link #await()}; when the last of {@code parties} arrives, the optional
 * action runs once, in that thread, before anyone is released, and then every party returns its
 * arrival index: {@code 0} for the first arrival up to {@code parties - 1} for the last (the
 * reverse of {@link java.util.concurrent.CyclicBarrier}). The barrier then resets itself for the
 * next cycle.
 *
 * <p><b>States</b>, as in CPython: <i>filling</i> (parties arriving), <i>draining</i> (the
 * released parties leaving), <i>resetting</i> (after {@link #reset()} while parties waited) and
 * <i>broken</i>. A thread that arrives while the barrier drains or resets waits until the last
 * party of the previous cycle has left, then joins the new cycle.
 *
 * <p><b>Breaking.</b> The barrier breaks when a waiting party times out (that party gets {@link
 * TimeoutException}), when a party is interrupted (it gets {@link InterruptedException}), when the
 * action throws (the last party gets the action's exception), or on {@link #abort()}. Every other
 * party then gets {@link BrokenBarrierException}, and so does every later {@code await} until
 * {@link #reset()}.
 *
 * <p><b>Timeouts.</b> The untimed {@link #await()} uses the default timeout given to the
 * constructor, if any; {@link #await(long, TimeUnit)} uses its own. A timeout {@code <= 0} polls:
 * a party that is not the last times out at once and breaks the barrier. The last party never
 * waits, so its timeout does not matter.
 *
 * <p><b>Interruption.</b> A thread that joins a filling cycle with its interrupted status set,
 * or is interrupted while waiting in it before the barrier trips, breaks the barrier and gets
 * {@link InterruptedException} with its interrupted status cleared (as {@code CyclicBarrier}). A
 * party interrupted after the barrier tripped returns its index normally with its interrupted
 * status set. A thread interrupted while it still waits for the previous cycle to drain has not
 * joined: it gets {@code InterruptedException} and the barrier is left as it was.
 *
 * <p><b>The action</b> runs while the barrier's internal lock is held, as in CPython. It may read
 * the barrier's state, but calling {@code await}, {@link #reset()} or {@link #abort()} on its own
 * barrier throws {@link IllegalStateException} (in CPython it deadlocks).
 *
 * <p><b>Memory consistency effects:</b> actions in a thread prior to calling {@code await}
 * <i>happen-before</i> actions of the barrier action, which in turn <i>happen-before</i> actions
 * following a successful return from the corresponding {@code await} in the other threads.
 */
public final class Barrier {

    private enum State { FILLING, DRAINING, RESETTING, BROKEN }

    private final int parties;
    private final Runnable action;
    /** The default timeout in nanoseconds, or {@code null} to wait without limit. */
    private final Long defaultTimeoutNanos;
    /** CPython's {@code Condition(Lock())}: every field below is written only while it is held. */
    private final Condition cond = new Condition(new Lock());
    /** Volatile so that the snapshot getters need not take the lock (the action may call them). */
    private volatile State state = State.FILLING;
    /** The number of threads inside {@code await} in the current cycle. */
    private volatile int count;
    /** The thread running the action, if any: it must not re-enter the barrier's lock. */
    private volatile Thread actionThread;

    /**
     * Creates a barrier for {@code parties} threads, with no action and no default timeout.
     *
     * @throws IllegalArgumentException ({@code "parties must be > 0"}) if {@code parties < 1}
     */
    public Barrier(int parties) {
        this(parties, null, (Long) null);
    }

    /**
     * Creates a barrier for {@code parties} threads that runs {@code action} in the last thread
     * to arrive, once per cycle, before any party is released.
     *
     * @throws IllegalArgumentException ({@code "parties must be > 0"}) if {@code parties < 1}
     * @throws NullPointerException if {@code action} is null
     */
    public Barrier(int parties, Runnable action) {
        this(parties, Objects.requireNonNull(action, "action"), (Long) null);
    }

    /**
     * Creates a barrier with an action and a default timeout for {@link #await()}.
     *
     * @throws IllegalArgumentException ({@code "parties must be > 0"}) if {@code parties < 1}
     * @throws NullPointerException if {@code action} or {@code timeout} is null
     */
    public Barrier(int parties, Runnable action, Duration timeout) {
        this(parties, Objects.requireNonNull(action, "action"), Timeouts.nanos(timeout));
    }

    /**
     * Creates a barrier with no action and a default timeout for {@link #await()}.
     *
     * @throws IllegalArgumentException ({@code "parties must be > 0"}) if {@code parties < 1}
     * @throws NullPointerException if {@code timeout} is null
     */
    public Barrier(int parties, Duration timeout) {
        this(parties, null, Timeouts.nanos(timeout));
    }

    private Barrier(int parties, Runnable action, Long defaultTimeoutNanos) {
        if (parties < 1) throw new IllegalArgumentException("parties must be > 0");
        this.parties = parties;
        this.action = action;
        this.defaultTimeoutNanos = defaultTimeoutNanos;
    }

    /**
     * Waits until all parties have called {@code await} ({@code wait()}), for at most the default
     * timeout if the barrier has one.
     *
     * @return the arrival index of this thread, {@code 0} (first) to {@code parties - 1} (last)
     * @throws BrokenBarrierException if the barrier is broken, or breaks while this thread waits
     * @throws TimeoutException if the default timeout elapses; the barrier is then broken
     * @throws InterruptedException if the current thread is interrupted (see the class comment)
     */
    public int await() throws InterruptedException, BrokenBarrierException, TimeoutException {
        return defaultTimeoutNanos == null ? dowait(false, 0L) : dowait(true, defaultTimeoutNanos);
    }

    /**
     * Waits until all parties have called {@code await}, or the timeout elapses ({@code
     * wait(timeout)}). A timeout {@code <= 0} polls.
     *
     * @return the arrival index of this thread, {@code 0} (first) to {@code parties - 1} (last)
     * @throws BrokenBarrierException if the barrier is broken, or breaks while this thread waits
     * @throws TimeoutException if the timeout elapses; the barrier is then broken
     * @throws InterruptedException if the current thread is interrupted (see the class comment)
     * @throws NullPointerException if {@code unit} is null
     */
    public int await(long timeout, TimeUnit unit)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        return dowait(true, unit.toNanos(timeout));
    }

    /** As {@link #await(long, TimeUnit)}, with the timeout as a {@link Duration}. */
    public int await(Duration timeout) throws InterruptedException, BrokenBarrierException, TimeoutException {
        return await(Timeouts.nanos(timeout), TimeUnit.NANOSECONDS);
    }

    /**
     * Puts the barrier back to its initial state ({@code reset()}). Parties waiting in a filling
     * (or broken) cycle get {@link BrokenBarrierException}; threads arriving meanwhile wait until
     * they have left. A broken barrier becomes usable again. During draining (the barrier has
     * tripped and its parties are leaving) a reset changes nothing: those parties return their
     * index, as in CPython.
     */
    public void reset() {
        enterLock();
        try {
            if (count > 0) {
                if (state == State.FILLING || state == State.BROKEN) state = State.RESETTING;
                // DRAINING or RESETTING: the last thread to leave returns the barrier to FILLING.
            } else {
                state = State.FILLING;
            }
            cond.signalAll();
        } finally {
            cond.release();
        }
    }

    /**
     * Breaks the barrier ({@code abort()}): waiting parties and every later {@code await} get
     * {@link BrokenBarrierException} until {@link #reset()}.
     */
    public void abort() {
        enterLock();
        try {
            breakBarrier();
        } finally {
            cond.release();
        }
    }

    /** The number of parties needed to trip the barrier ({@code parties}). */
    public int getParties() {
        return parties;
    }

    /** The number of parties waiting in the filling cycle, else 0 ({@code n_waiting}). A snapshot. */
    public int getNumberWaiting() {
        return state == State.FILLING ? count : 0;
    }

    /** Whether the barrier is broken ({@code broken}); {@code false} while resetting. A snapshot. */
    public boolean isBroken() {
        return state == State.BROKEN;
    }

    /** Returns {@code "Barrier[waiting=<n>/<parties>]"} or {@code "Barrier[broken]"}, as Python's repr. */
    @Override
    public String toString() {
        return isBroken() ? "Barrier[broken]" : "Barrier[waiting=" + getNumberWaiting() + "/" + parties + "]";
    }

    /** CPython's {@code wait}: enter, take an index, then release the others or wait for them. */
    private int dowait(boolean timed, long nanos)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        enterLock();
        try {
            enterCycle();
            if (Thread.interrupted()) {
                breakBarrier();
                throw new InterruptedException();
            }
            int index = count++;
            try {
                if (index + 1 == parties) {
                    trip();
                } else {
                    waitForTrip(timed, nanos);
                }
                return index;
            } finally {
                count--;
                exitCycle();
            }
        } finally {
            cond.release();
        }
    }

    /** Waits while the previous cycle drains or resets; fails if the barrier is broken. */
    private void enterCycle() throws InterruptedException, BrokenBarrierException {
        while (state == State.DRAINING || state == State.RESETTING) cond.await();
        if (state == State.BROKEN) throw new BrokenBarrierException();
    }

    /** The last party: run the action, then release everyone. An action that throws breaks the barrier. */
    private void trip() {
        try {
            if (action != null) runAction();
            state = State.DRAINING;
            cond.signalAll();
        } catch (Throwable e) { // everything, as CPython's bare except: even a sneaky checked exception
            breakBarrier();
            throw e;
        }
    }

    private void waitForTrip(boolean timed, long nanos)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        boolean tripped;
        try {
            tripped = timed ? cond.awaitFor(() -> state != State.FILLING, nanos, TimeUnit.NANOSECONDS)
                            : cond.awaitFor(() -> state != State.FILLING);
        } catch (InterruptedException e) {
            if (state == State.FILLING) {
                breakBarrier();
                throw e;
            }
            Thread.currentThread().interrupt(); // the barrier moved on first: keep the interrupt as status
            tripped = true;
        }
        if (!tripped) {
            breakBarrier();
            throw new TimeoutException();
        }
        if (state != State.DRAINING) throw new BrokenBarrierException();
    }

    /** The last thread out of a draining or resetting barrier opens the next cycle. */
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

    /** Takes the barrier's lock; refuses, instead of deadlocking, a call from inside the action. */
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
}
