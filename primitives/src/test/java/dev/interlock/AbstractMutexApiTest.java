package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Interlock-only API that {@link Lock} and {@link RLock} share and that the subject interface
 * does not carry: the {@link Duration} overload, null arguments and the {@link Guard} type.
 * The behaviour both share through the subject interface is in the conformance module.
 *
 * @param <L> the lock type
 */
abstract class AbstractMutexApiTest<L extends ConditionLock> {

    static final Duration SHORT = Duration.ofMillis(100);

    abstract L newLock();

    abstract boolean tryAcquire(L lock, Duration timeout) throws InterruptedException;

    abstract boolean isLocked(L lock);

    abstract Guard guard(L lock) throws InterruptedException;

    @Test
    void durationTimeoutAcquiresAFreeLock() throws InterruptedException {
        L lock = newLock();
        assertTrue(tryAcquire(lock, SHORT));
        assertTrue(isLocked(lock));
        lock.release();
    }

    // CPython: BaseLockTests.test_timeout (contended acquire(timeout=0.5) → False after the timeout), Duration form
    @Test
    void durationTimeoutExpiresWhileAnotherThreadHoldsTheLock() throws InterruptedException {
        L lock = newLock();
        lock.acquire();
        TestThread.start("timed-waiter", () -> {
            long start = System.nanoTime();
            assertFalse(tryAcquire(lock, SHORT));
            long elapsed = System.nanoTime() - start;
            assertTrue(elapsed >= SHORT.toNanos(), "returned early: " + elapsed + " ns");
        }).close();
        lock.release();
    }

    // Deviation D1: a zero or negative Duration polls (Python rejects negative lock timeouts)
    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void nonPositiveDurationPollsAHeldLockAndTakesAFreeOne(long seconds) throws InterruptedException {
        Duration timeout = Duration.ofSeconds(seconds);
        L lock = newLock();
        lock.acquire();
        // close() joins within a deadline: a wait instead of a poll would fail the join
        TestThread.start("poller", () -> assertFalse(tryAcquire(lock, timeout))).close();
        lock.release();
        assertTrue(tryAcquire(lock, timeout));
        lock.release();
    }

    // Deviation D3: a Duration beyond the long range of nanoseconds saturates, as TimeUnit does
    @Test
    void durationsBeyondTheNanosecondRangeSaturate() {
        assertEquals(Long.MAX_VALUE, Timeouts.nanos(Duration.ofSeconds(Long.MAX_VALUE)));
        assertEquals(Long.MIN_VALUE, Timeouts.nanos(Duration.ofSeconds(Long.MIN_VALUE)));
        assertEquals(1_500_000_000L, Timeouts.nanos(Duration.ofMillis(1_500)));
    }

    // Deviation D3: a saturated Duration waits for a held lock rather than overflowing into a poll
    @Test
    void hugeDurationWaitsForAHeldLockUntilItIsReleased() throws InterruptedException {
        L lock = newLock();
        assertTrue(tryAcquire(lock, Duration.ofSeconds(Long.MAX_VALUE)), "a free lock is taken at once");
        try (TestThread other = TestThread.start("patient-waiter", () -> {
            assertTrue(tryAcquire(lock, Duration.ofSeconds(Long.MAX_VALUE)));
            lock.release();
        })) {
            other.awaitBlocked();
            lock.release();
        }
        assertFalse(isLocked(lock));
    }

    // CPython: BaseLockTests.test_timeout passes a non-number (TypeError); here a null unit
    @Test
    void nullTimeUnitIsRejectedAndAcquiresNothing() {
        L lock = newLock();
        assertThrows(NullPointerException.class, () -> lock.tryAcquire(1, null));
        assertFalse(isLocked(lock));
    }

    @Test
    void nullDurationIsRejectedAndAcquiresNothing() {
        L lock = newLock();
        NullPointerException e = assertThrows(NullPointerException.class, () -> tryAcquire(lock, null));
        assertEquals("timeout", e.getMessage());
        assertFalse(isLocked(lock));
    }

    // Deviation D18: closing a guard twice releases once; the second close must not release a
    // re-acquisition that is not the guard's own
    @Test
    void closingAGuardTwiceReleasesOnce() throws InterruptedException {
        L lock = newLock();
        Guard guard = guard(lock);
        assertEquals("Guard[open]", guard.toString());
        guard.close();
        assertEquals("Guard[closed]", guard.toString());
        assertFalse(isLocked(lock));
        lock.acquire();
        guard.close();
        assertTrue(isLocked(lock), "the second close() released someone else's acquisition");
        lock.release();
        assertFalse(isLocked(lock));
    }

    @Test
    void guardOverANullReleaseIsRejected() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Guard.of(null));
        assertEquals("release", e.getMessage());
    }

    // Deviation D4: with the interrupted status set on entry, guard() throws and acquires nothing
    @Test
    void guardWithThePendingInterruptThrowsAndAcquiresNothing() {
        L lock = newLock();
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedException.class, () -> guard(lock));
            assertFalse(Thread.currentThread().isInterrupted(), "the interrupted status must be cleared");
        } finally {
            Thread.interrupted(); // never leak the status into the next test
        }
        assertFalse(isLocked(lock));
    }
}
