package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Semaphore}'s own API: its toString and its value overflow. */
class SemaphoreApiTest extends SemaphoreApiTestBase {

    @Override
    Semaphore newSemaphore(int value) {
        return new Semaphore(value);
    }

    @Override
    Semaphore newDefaultSemaphore() {
        return new Semaphore();
    }

    @Test // CPython: SemaphoreTests.test_repr (Deviation D17: Java form instead of <... at 0x...: value=N>)
    void toStringShowsTheValue() throws InterruptedException {
        Semaphore sem = new Semaphore(3);
        assertEquals("Semaphore[value=3]", sem.toString());
        sem.acquire();
        assertEquals("Semaphore[value=2]", sem.toString());
        sem.release();
        sem.release();
        assertEquals("Semaphore[value=4]", sem.toString());
    }

    @Test // Deviation D8: Python ints never overflow; an int value refuses to
    void releasePastTheLargestValueIsRefusedAndChangesNothing() {
        Semaphore sem = new Semaphore(Integer.MAX_VALUE);
        Error error = assertThrows(Error.class, sem::release);
        assertEquals("Maximum permit count exceeded", error.getMessage());
        assertEquals(Integer.MAX_VALUE, sem.availablePermits());
    }

    @Test // Deviation D8, for release(n)
    void multiReleasePastTheLargestValueIsRefusedWholeAndChangesNothing() {
        Semaphore sem = new Semaphore(Integer.MAX_VALUE - 5);
        for (int n : new int[] {6, Integer.MAX_VALUE}) {
            Error error = assertThrows(Error.class, () -> sem.release(n));
            assertEquals("Maximum permit count exceeded", error.getMessage(), "release(" + n + ")");
            assertEquals(Integer.MAX_VALUE - 5, sem.availablePermits(), "release(" + n + ")");
        }
        sem.release(5);
        assertEquals(Integer.MAX_VALUE, sem.availablePermits());
    }
}
