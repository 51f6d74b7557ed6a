package dev.interlock.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.conformance.support.Bunch;
import dev.interlock.conformance.support.Deviation;
import dev.interlock.conformance.support.Property;
import dev.interlock.subjects.SemaphoreSubject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract of a semaphore bounded by its initial value: CPython's {@code
 * lock_tests.BoundedSemaphoreTests} and {@code ThreadTests.test_BoundedSemaphore_limit}. An
 * over-release is refused whole with {@code IllegalStateException("Semaphore released too many
 * times")} and changes nothing (Deviation D6; Python raises {@code ValueError}). Its {@code
 * test_repr} is Interlock-only API (Deviation D17) and lives in {@code BoundedSemaphoreApiTest}.
 */
@Property("over-release-refused") // for the tests below, unless a test names its own
public abstract class BoundedSemaphoreContract extends SemaphoreContract {

    @Deviation("D6")
    @Test // CPython: BoundedSemaphoreTests.test_release_unacquired
    void releaseBeyondTheInitialValueIsRefused() throws InterruptedException {
        SemaphoreSubject sem = newSemaphore(1);
        assertOverReleaseRefused(sem, sem::release, 1);
        sem.acquire();
        sem.release();
        assertOverReleaseRefused(sem, sem::release, 1);
    }

    @Deviation("D6")
    @Test // python-threading.md 2.5 [observed]: release(n) beyond the bound is refused whole
    void multiReleaseBeyondTheBoundIsRefusedWholeThenAFittingOneWorks() throws InterruptedException {
        SemaphoreSubject sem = newSemaphore(2);
        sem.acquire();
        sem.acquire();
        assertOverReleaseRefused(sem, () -> sem.release(3), 0);
        sem.release(2);
        assertEquals(2, sem.availablePermits());
    }

    @Deviation("D6")
    @Test // python-threading.md 2.5 [observed]: BoundedSemaphore(0).release() raises
    void releaseOfASemaphoreBoundedAtZeroIsRefused() {
        SemaphoreSubject sem = newSemaphore(0);
        assertOverReleaseRefused(sem, sem::release, 0);
        assertOverReleaseRefused(sem, () -> sem.release(1), 0);
    }

    @Deviation("D6")
    @Test // CPython: ThreadTests.test_BoundedSemaphore_limit
    void releasesFromOtherThreadsUpToTheLimitWorkAndOneMoreIsRefused() throws InterruptedException {
        for (int limit = 1; limit < 10; limit++) {
            SemaphoreSubject sem = newSemaphore(limit);
            try (Bunch acquirers = bunch(limit, sem::acquire)) {
                acquirers.join();
            }
            assertEquals(0, sem.availablePermits(), "limit " + limit);
            try (Bunch releasers = bunch(limit, sem::release)) {
                releasers.join();
            }
            assertOverReleaseRefused(sem, sem::release, limit);
        }
    }

    @Property("over-release-refused-once")
    @Deviation("D6")
    @Test // python-threading.md 3.5: the bound is checked atomically with the release
    void racingReleasesPastTheBoundAreRefusedExactlyOnce() throws InterruptedException {
        int rounds = 200;
        SemaphoreSubject sem = newSemaphore(1);
        AtomicInteger refused = new AtomicInteger();
        Set<String> messages = ConcurrentHashMap.newKeySet();
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>()); // "refusals/value" per round
        // Each round starts at value 0 and both workers release at once; the barrier action
        // records the round and takes the unit back for the next one.
        CyclicBarrier roundStart = new CyclicBarrier(2);
        CyclicBarrier roundEnd = new CyclicBarrier(2, () -> {
            outcomes.add(refused.getAndSet(0) + "/" + sem.availablePermits());
            sem.tryAcquire();
        });
        assertTrue(sem.tryAcquire());
        try (Bunch releasers = bunch(2, () -> {
            for (int i = 0; i < rounds; i++) {
                roundStart.await();
                try {
                    sem.release();
                } catch (IllegalStateException e) { // recorded, not asserted here: the other worker must not hang
                    messages.add(e.getMessage());
                    refused.incrementAndGet();
                }
                roundEnd.await();
            }
        })) {
            releasers.join();
        }
        assertEquals(Collections.nCopies(rounds, "1/1"), outcomes, "refusals/value per round");
        assertEquals(Set.of("Semaphore released too many times"), messages);
    }

    @Deviation("D6")
    @Test // At a bound of Integer.MAX_VALUE the bound check cannot overflow (Deviation D8)
    void releaseAtTheLargestBoundIsRefusedWithoutOverflow() throws InterruptedException {
        SemaphoreSubject sem = newSemaphore(Integer.MAX_VALUE);
        assertOverReleaseRefused(sem, () -> sem.release(Integer.MAX_VALUE), Integer.MAX_VALUE);
        assertOverReleaseRefused(sem, sem::release, Integer.MAX_VALUE);
        sem.acquire();
        assertOverReleaseRefused(sem, () -> sem.release(2), Integer.MAX_VALUE - 1);
        sem.release(1);
        assertEquals(Integer.MAX_VALUE, sem.availablePermits());
    }

    /** The over-release throws D6's exception and leaves the value at {@code value}. */
    private static void assertOverReleaseRefused(SemaphoreSubject sem, Executable overRelease, int value) {
        IllegalStateException e = assertThrows(IllegalStateException.class, overRelease);
        assertEquals("Semaphore released too many times", e.getMessage());
        assertEquals(value, sem.availablePermits(), "value unchanged by the refused release");
    }
}
