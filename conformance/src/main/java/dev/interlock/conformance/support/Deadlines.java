package dev.interlock.conformance.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Deadline-bounded polling: the only way the contracts wait for another thread to reach a state.
 * A deadline is a bound on failure, never pacing: a passing run returns as soon as the state is
 * reached. The bound is {@code -Dinterlock.deadline.seconds} (default 30 s).
 */
public final class Deadlines {
    /** How long a test waits for a state before it fails. */
    public static final Duration DEFAULT = Duration.ofSeconds(Long.getLong("interlock.deadline.seconds", 30L));

    private static final long POLL_NANOS = 100_000L; // 0.1 ms between checks: a bound on busy-waiting, not a delay

    private Deadlines() {
    }

    /**
     * Returns once {@code state} is true; fails with {@code what} if it is not true by the deadline.
     */
    public static void awaitTrue(String what, BooleanSupplier state) {
        long deadline = System.nanoTime() + DEFAULT.toNanos();
        while (!state.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not reached within " + DEFAULT.toSeconds() + " s: " + what);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /**
     * Returns once {@code thread} is parked or blocked, i.e. really waiting inside a primitive
     * ({@link Thread.State#WAITING}, {@link Thread.State#TIMED_WAITING} with a park blocker, or
     * {@link Thread.State#BLOCKED}). Fails if the thread ends first or the deadline passes.
     */
    public static void awaitBlocked(Thread thread) {
        awaitTrue(thread.getName() + " blocked in a primitive", () -> {
            if (thread.getState() == Thread.State.TERMINATED) {
                throw new AssertionError(thread.getName() + " ended instead of blocking");
            }
            return isBlocked(thread);
        });
    }

    /** Whether {@code thread} is, at this instant, parked with a blocker or blocked on a monitor. */
    public static boolean isBlocked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.BLOCKED
                || (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                        && LockSupport.getBlocker(thread) != null;
    }
}
