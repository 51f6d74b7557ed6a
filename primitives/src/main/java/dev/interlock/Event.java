package dev.interlock;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedLongSynchronizer;

/**
 * A flag that threads can wait for: Python's {@code threading.Event}.
 *
 * <p>The flag starts clear. {@link #set()} sets it and wakes every waiting thread; {@link
 * #clear()} clears it; {@link #await()} returns at once while the flag is set and otherwise waits
 * until {@code set()} is called. A waiter woken by {@code set()} returns {@code true} even if
 * {@code clear()} ran before it was scheduled again (CPython gh-57711): a set that happened
 * while a thread was waiting is never missed.
 *
 * <p>Python mapping: {@code is_set()} is {@link #isSet()}; {@code set()}, {@code clear()} are
 * {@link #set()}, {@link #clear()}; {@code wait()} is {@link #await()}; {@code wait(timeout)} is
 * {@link #await(long, TimeUnit)}. An event is not a context manager in Python and has no guard here.
 *
 * <p><b>Interruption.</b> If the current thread has its interrupted status set on entry to
 * {@code await}, or is interrupted while waiting, {@link InterruptedException} is thrown and the
 * current thread's interrupted status is cleared.
 *
 * <p><b>Memory consistency effects:</b> actions in a thread prior to calling {@link #set()}
 * <i>happen-before</i> actions following a call in another thread to {@link #isSet()} that
 * returns {@code true} or to {@code await} that returns {@code true}.
 */
public final class Event {

    /**
     * State is {@code 2 * generation + flag}. Setting a clear flag starts a new generation, and
     * clearing keeps it, so the state never returns to a value it had: a waiter that saw state
     * {@code s} with the flag clear knows a set has happened as soon as the state differs from
     * {@code s}. A {@code long} makes the generation impossible to wrap in practice.
     */
    private static final class Sync extends AbstractQueuedLongSynchronizer {
        private static final long serialVersionUID = 1L;

        static boolean isSet(long state) {
            return (state & 1L) != 0;
        }

        /** {@code seen} is the state the waiter read on entry; it may proceed once a set is visible. */
        @Override
        protected long tryAcquireShared(long seen) {
            long state = getState();
            return isSet(state) || state != seen ? 1 : -1;
        }

        @Override
        protected boolean tryReleaseShared(long ignored) {
            for (;;) {
                long state = getState();
                if (isSet(state)) return false; // already set: no new generation, nobody to wake
                if (compareAndSetState(state, state + 3)) return true; // next generation, flag set
            }
        }

        void clear() {
            for (;;) {
                long state = getState();
                if (!isSet(state) || compareAndSetState(state, state - 1)) return;
            }
        }

        long state() {
            return getState();
        }
    }

    private final Sync sync = new Sync();

    /** Creates an event whose flag is clear. */
    public Event() {
    }

    /** Whether the flag is set ({@code is_set()}). */
    public boolean isSet() {
        return Sync.isSet(sync.state());
    }

    /** Sets the flag and wakes every thread waiting for it ({@code set()}). */
    public void set() {
        sync.releaseShared(1);
    }

    /** Clears the flag ({@code clear()}); threads that call {@code await} afterwards wait. */
    public void clear() {
        sync.clear();
    }

    /**
     * Waits until the flag is set: returns at once if it is set on entry, otherwise when {@link
     * #set()} is called ({@code wait()}).
     *
     * @throws InterruptedException if the current thread is interrupted
     */
    public void await() throws InterruptedException {
        sync.acquireSharedInterruptibly(sync.state());
    }

    /**
     * Waits at most the given time for the flag to be set ({@code wait(timeout)}). A timeout
     * {@code <= 0} polls: it returns whether the flag is set and never waits.
     *
     * @return {@code true} if the flag was set on entry or a {@link #set()} woke this thread
     *     (even if the flag has been cleared since), {@code false} if the waiting time elapsed
     * @throws InterruptedException if the current thread is interrupted
     * @throws NullPointerException if {@code unit} is null
     */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.tryAcquireSharedNanos(sync.state(), unit.toNanos(timeout));
    }

    /**
     * As {@link #await(long, TimeUnit)}, with the timeout as a {@link Duration}.
     *
     * @throws NullPointerException if {@code timeout} is null
     */
    public boolean await(Duration timeout) throws InterruptedException {
        return await(Timeouts.nanos(timeout), TimeUnit.NANOSECONDS);
    }

    /** Returns {@code "Event[set]"} or {@code "Event[unset]"}, as Python's repr. */
    @Override
    public String toString() {
        return "Event[" + (isSet() ? "set" : "unset") + "]";
    }
}
