package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link BoundedSemaphore}'s own API: its toString and its bound. */
class BoundedSemaphoreApiTest extends SemaphoreApiTestBase {

    @Override
    Semaphore newSemaphore(int value) {
        return new BoundedSemaphore(value);
    }

    @Override
    Semaphore newDefaultSemaphore() {
        return new BoundedSemaphore();
    }

    @Test // CPython: BoundedSemaphoreTests.test_repr (Deviation D17: Java form instead of <... at 0x...: value=N/M>)
    void toStringShowsTheValueAndTheBound() throws InterruptedException {
        BoundedSemaphore sem = new BoundedSemaphore(3);
        assertEquals("BoundedSemaphore[value=3/3]", sem.toString());
        sem.acquire();
        assertEquals("BoundedSemaphore[value=2/3]", sem.toString());
        assertEquals("BoundedSemaphore[value=1/1]", new BoundedSemaphore().toString());
    }

    @Test // CPython: BoundedSemaphore._initial_value
    void boundIsTheInitialValueAndDoesNotChange() throws InterruptedException {
        BoundedSemaphore sem = new BoundedSemaphore(3);
        assertEquals(3, sem.bound());
        sem.acquire();
        assertEquals(3, sem.bound());
        assertEquals(1, new BoundedSemaphore().bound());
        assertEquals(0, new BoundedSemaphore(0).bound());
    }
}
