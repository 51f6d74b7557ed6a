package dev.interlock.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.conformance.support.Bunch;
import dev.interlock.conformance.support.Deadlines;
import dev.interlock.conformance.support.Deviation;
import dev.interlock.conformance.support.Property;
import dev.interlock.conformance.support.RaceRounds;
import dev.interlock.subjects.MutexSubject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Python's {@code threading.Lock}: a non-reentrant lock with no owner. CPython's {@code
 * LockTests} (lock_tests.py) on top of {@link MutexContract}, plus {@code
 * ThreadingExceptionTests.test_releasing_unacquired_lock}.
 *
 * <p>Not ported: {@code test_at_fork_reinit} (Java has no fork).
 */
public abstract class LockContract extends MutexContract<MutexSubject> {

    // CPython: LockTests.test_reacquire (a second acquire in the holding thread deadlocks until
    // another thread releases)
    @Property("not-reentrant")
    @Test
    void secondAcquireByTheHolderBlocksUntilAnotherThreadReleases() throws InterruptedException {
        MutexSubject lock = newLock();
        AtomicInteger phase = new AtomicInteger();
        try (Bunch holder = worker(() -> {
            lock.acquire();
            phase.set(1);
            lock.acquire();
            phase.set(2);
        })) {
            Deadlines.awaitTrue("the worker took the lock once", () -> phase.get() >= 1);
            holder.awaitAllBlocked();
            assertEquals(1, phase.get(), "the second acquire did not block");
            lock.release();
            holder.join();
        }
        assertEquals(2, phase.get());
        assertTrue(lock.isLocked(), "the worker ended holding the lock it re-acquired");
        lock.release();
    }

    // CPython: LockTests.test_reacquire, polling form: a holder's own tryAcquire fails
    @Property("not-reentrant")
    @Test
    void tryAcquireByTheHolderFails() throws InterruptedException {
        MutexSubject lock = newLock();
        lock.acquire();
        assertFalse(lock.tryAcquire());
        assertFalse(lock.tryAcquire(0, TimeUnit.SECONDS));
        lock.release();
        assertFalse(lock.isLocked(), "one release frees a lock acquired once");
    }

    // CPython: LockTests.test_different_thread: any thread may release a Lock.
    @Property("any-thread-may-release")
    @Deviation("D16")
    @Test
    void anotherThreadMayReleaseTheLock() throws InterruptedException {
        MutexSubject lock = newLock();
        lock.acquire();
        try (Bunch other = worker(lock::release)) {
            other.join();
        }
        assertFalse(lock.isLocked());
        lock.acquire();
        lock.release();
    }

    // CPython: LockTests.test_state_after_timeout (issue #11618)
    @Property("timeouts")
    @Test
    void lockIsFreeAndUsableAfterATimedOutAcquireAndARelease() throws InterruptedException {
        MutexSubject lock = newLock();
        lock.acquire();
        long start = System.nanoTime();
        assertFalse(lock.tryAcquire(SHORT_MILLIS, TimeUnit.MILLISECONDS), "the holder's own timed acquire must time out");
        long elapsed = System.nanoTime() - start;
        assertTrue(elapsed >= TimeUnit.MILLISECONDS.toNanos(SHORT_MILLIS), "returned early: " + elapsed + " ns");
        lock.release();
        assertFalse(lock.isLocked());
        assertTrue(lock.tryAcquire());
        lock.release();
    }

    // CPython: ThreadingExceptionTests.test_releasing_unacquired_lock
    @Property("release-unlocked-refused")
    @Deviation("D5")
    @Test
    void releasingAnUnlockedLockThrows() throws InterruptedException {
        MutexSubject lock = newLock();
        assertReleaseRefused(lock);
        lock.acquire();
        lock.release();
        assertReleaseRefused(lock);
        assertFalse(lock.isLocked());
        assertTrue(lock.tryAcquire(), "a refused release must leave the lock usable");
        lock.release();
    }

    // Two threads release one held lock at the same moment: exactly one release succeeds and
    // the other is refused, round after round (at most 5,000, within half the deadline). (A
    // check-then-write release lets both succeed.)
    @Property("release-unlocked-refused")
    @Test
    void ofTwoRacingReleasesExactlyOneSucceeds() {
        MutexSubject lock = newLock();
        AtomicInteger ids = new AtomicInteger();
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        RaceRounds race = RaceRounds.withinHalfTheDeadline(2, 5_000);
        bunch(2, () -> {
            boolean checker = ids.getAndIncrement() == 0; // takes the lock and checks each round
            try {
                for (int round = 0; race.next(); round++) {
                    if (checker) assertTrue(lock.tryAcquire(), "the lock was not free at the start of a round");
                    race.await();
                    try {
                        lock.release();
                        succeeded.incrementAndGet();
                    } catch (IllegalMonitorStateException e) {
                        assertEquals("release unlocked lock", e.getMessage());
                        refused.incrementAndGet();
                    }
                    race.await();
                    if (checker) {
                        assertEquals(1, succeeded.getAndSet(0), "releases that succeeded in round " + round);
                        assertEquals(1, refused.getAndSet(0), "releases that were refused in round " + round);
                        assertFalse(lock.isLocked());
                    }
                }
            } catch (Throwable t) {
                race.abandon();
                throw t;
            }
        }).close();
    }

    private static void assertReleaseRefused(MutexSubject lock) {
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, lock::release);
        assertEquals("release unlocked lock", e.getMessage());
    }
}
