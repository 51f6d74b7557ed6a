package dev.interlock.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interlock.conformance.support.Property;
import dev.interlock.subjects.SemaphoreSubject;
import org.junit.jupiter.api.Test;

/**
 * The contract of a semaphore without an upper bound: CPython's {@code lock_tests.SemaphoreTests}.
 * Its {@code test_repr} is Interlock-only API (Deviation D17) and lives in {@code SemaphoreApiTest}.
 */
@Property("counting") // for the tests below: release beyond the initial value is counting too
public abstract class UnboundedSemaphoreContract extends SemaphoreContract {

    @Test // CPython: SemaphoreTests.test_release_unacquired
    void releaseBeyondTheInitialValueRaisesTheValue() throws InterruptedException {
        SemaphoreSubject sem = newSemaphore(1);
        sem.release();
        assertEquals(2, sem.availablePermits());
        sem.acquire();
        sem.acquire();
        assertEquals(0, sem.availablePermits());
        sem.release();
        assertEquals(1, sem.availablePermits());
    }

    @Test // python-threading.md 2.4: there is no upper bound, for release(n) either
    void multiReleaseBeyondTheInitialValueRaisesTheValue() {
        SemaphoreSubject sem = newSemaphore(0);
        sem.release(5);
        assertEquals(5, sem.availablePermits());
        sem.release(Integer.MAX_VALUE - 5);
        assertEquals(Integer.MAX_VALUE, sem.availablePermits());
    }
}
