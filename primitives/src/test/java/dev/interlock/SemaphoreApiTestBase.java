package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The Interlock-only API that {@link Semaphore} and {@link BoundedSemaphore} share: constructors,
 * the {@link Duration} overload, null arguments and the guard. The cross-thread behaviour is in
 * the conformance contracts; these tests are single-threaded.
 */
abstract class SemaphoreApiTestBase {

    abstract Semaphore newSemaphore(int value);

    /** The no-argument constructor ({@code semtype()}). */
    abstract Semaphore newDefaultSemaphore();

    @Test // CPython: BaseSemaphoreTests.test_default_value (the value part)
    void noArgumentConstructorGivesValueOne() {
        assertEquals(1, newDefaultSemaphore().availablePermits());
    }

    @Test // CPython: BaseSemaphoreTests.test_constructor (Deviation D5)
    void negativeInitialValueIsRejectedWithPythonsMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> newSemaphore(-1));
        assertEquals("semaphore initial value must be >= 0", e.getMessage());
    }

    @Test // Deviation D1: a zero or negative Duration polls
    void nonPositiveDurationPolls() throws InterruptedException {
        Semaphore sem = newSemaphore(1);
        assertTrue(sem.tryAcquire(Duration.ZERO));
        assertFalse(sem.tryAcquire(Duration.ZERO));
        assertFalse(sem.tryAcquire(Duration.ofSeconds(-1)));
        sem.release();
        assertTrue(sem.tryAcquire(Duration.ofSeconds(-1)));
        assertEquals(0, sem.availablePermits());
    }

    @Test // CPython: BaseSemaphoreTests.test_acquire_timeout, through the Duration overload
    void durationTimeoutElapsesWhenNoUnitIsFree() throws InterruptedException {
        Semaphore sem = newSemaphore(0);
        Duration timeout = Duration.ofMillis(50);
        long start = System.nanoTime();
        assertFalse(sem.tryAcquire(timeout));
        long elapsed = System.nanoTime() - start;
        assertTrue(elapsed >= timeout.toNanos(), "timed out after " + elapsed + " ns");
        assertEquals(0, sem.availablePermits());
    }

    @Test // javadoc: NullPointerException if unit / timeout is null, whether or not a unit is free
    void nullTimeUnitOrDurationIsRejectedAndTakesNoUnit() {
        for (int value : new int[] {0, 1}) {
            Semaphore sem = newSemaphore(value);
            assertThrows(NullPointerException.class, () -> sem.tryAcquire(1, null));
            assertThrows(NullPointerException.class, () -> sem.tryAcquire((Duration) null));
            assertEquals(value, sem.availablePermits());
        }
    }

    @Test // Deviation D18: a guard releases its unit once; a second close() does nothing
    void guardReleasesItsUnitOnlyOnce() throws InterruptedException {
        Semaphore sem = newSemaphore(2);
        Guard guard = sem.guard();
        assertEquals(1, sem.availablePermits());
        guard.close();
        assertEquals(2, sem.availablePermits());
        guard.close(); // would raise the value to 3, or be refused by a bounded semaphore
        assertEquals(2, sem.availablePermits());
    }
}
