package dev.interlock.conformance.support;

import java.util.Collection;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Where a parked thread is parked: the park blocker ({@link LockSupport#getBlocker}) tells a
 * thread waiting for a signal on a condition from one waiting to re-acquire the lock, without
 * sleeping. A test learns the blocker of the wait it cares about with {@link #blockerOf(Thread)}
 * while the thread is known to be in that wait, then compares other threads' blockers with it.
 */
public final class Parking {

    private Parking() {
    }

    /**
     * Returns the blocker {@code thread} is parked on, once it is parked; fails like {@link
     * Deadlines#awaitBlocked(Thread)} if it never parks. Polls, because a thread that returns
     * spuriously from a park has no blocker for a moment.
     */
    public static Object blockerOf(Thread thread) {
        Object[] blocker = new Object[1];
        Deadlines.awaitTrue(thread.getName() + " parked with a blocker", () -> {
            Thread.State state = thread.getState();
            if (state == Thread.State.TERMINATED) {
                throw new AssertionError(thread.getName() + " ended instead of parking");
            }
            blocker[0] = LockSupport.getBlocker(thread);
            return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) && blocker[0] != null;
        });
        return blocker[0];
    }

    /** Whether {@code thread} is parked (waiting, timed or not) on {@code blocker}. A snapshot. */
    public static boolean isParkedOn(Thread thread, Object blocker) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && LockSupport.getBlocker(thread) == blocker;
    }

    /**
     * Whether {@code thread} is blocked in a primitive, but not parked on {@code blocker}: for a
     * waiter woken from a condition, parked again to re-acquire the lock. A snapshot.
     */
    public static boolean isBlockedElsewhere(Thread thread, Object blocker) {
        Thread.State state = thread.getState();
        if (state == Thread.State.BLOCKED) return true;
        if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) return false;
        Object current = LockSupport.getBlocker(thread);
        return current != null && current != blocker;
    }

    /** How many of {@code threads} are parked on {@code blocker}. A snapshot. */
    public static long countParkedOn(Collection<Thread> threads, Object blocker) {
        return threads.stream().filter(thread -> isParkedOn(thread, blocker)).count();
    }

    /** How many of {@code threads} are {@linkplain #isBlockedElsewhere blocked elsewhere}. A snapshot. */
    public static long countBlockedElsewhere(Collection<Thread> threads, Object blocker) {
        return threads.stream().filter(thread -> isBlockedElsewhere(thread, blocker)).count();
    }

    /**
     * As {@link Deadlines#awaitTrue}, but spinning instead of parking between checks, so that the
     * caller acts within microseconds of the state change: for tests that aim at a race window.
     */
    public static void spinUntil(String what, BooleanSupplier state) {
        long deadline = System.nanoTime() + Deadlines.DEFAULT.toNanos();
        while (!state.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not reached within " + Deadlines.DEFAULT.toSeconds() + " s: " + what);
            }
            Thread.onSpinWait();
        }
    }
}
