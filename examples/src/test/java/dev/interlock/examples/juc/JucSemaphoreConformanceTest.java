package dev.interlock.examples.juc;

import dev.interlock.conformance.support.Property;
import dev.interlock.conformance.support.Deviation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.conformance.UnboundedSemaphoreContract;
import dev.interlock.subjects.SemaphoreSubject;
import org.junit.jupiter.api.Test;

/**
 * {@link java.util.concurrent.Semaphore} against Python's {@code Semaphore} contract. It deviates
 * in what it accepts: a negative initial value and {@code release(0)}.
 */
class JucSemaphoreConformanceTest extends UnboundedSemaphoreContract {
    @Override protected SemaphoreSubject newSemaphore(int value) { return new JucSemaphoreSubject(value); }

    @Property("bad-input-rejected")
    @Deviation("D26")
    @Test
    void aNegativeInitialValueIsAcceptedAndReleasesMustBringItAboveZero() {
        SemaphoreSubject semaphore = newSemaphore(-1);
        assertEquals(-1, semaphore.availablePermits());
        assertFalse(semaphore.tryAcquire());
        semaphore.release();
        assertFalse(semaphore.tryAcquire(), "the first release only brings the value to 0");
        semaphore.release();
        assertTrue(semaphore.tryAcquire());
        assertEquals(0, semaphore.availablePermits());
    }

    @Property("bad-input-rejected")
    @Deviation("D27")
    @Test
    void releaseOfZeroChangesNothingAndANegativeCountIsRejectedWithoutAMessage() {
        SemaphoreSubject semaphore = newSemaphore(1);
        semaphore.release(0);
        assertEquals(1, semaphore.availablePermits());
        for (int n : new int[] {-1, Integer.MIN_VALUE}) {
            assertNull(assertThrows(IllegalArgumentException.class, () -> semaphore.release(n)).getMessage());
            assertEquals(1, semaphore.availablePermits(), "release(" + n + ")");
        }
    }
}
