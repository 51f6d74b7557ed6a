package dev.interlock.stress;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Bounded spinning for {@code @Signal} methods that must wait until the actor has reached a
 * state (e.g. registered as a waiter). A deadline, never pacing: a passing run never waits for
 * it. When it expires the signal gives up, the actor stays blocked and jcstress reports the
 * trial STALE, which the test grades FORBIDDEN.
 */
public final class Deadline {

    /** How long a signal waits for the actor before giving up. */
    public static final long SECONDS = 10;

    private Deadline() {
    }

    /** Spins (with {@link Thread#onSpinWait()}) until {@code condition} holds; false if the deadline passed first. */
    public static boolean spinUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline >= 0) return false;
            Thread.onSpinWait();
        }
        return true;
    }
}
