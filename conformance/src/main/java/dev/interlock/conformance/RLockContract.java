package dev.interlock.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.Guard;
import dev.interlock.conformance.support.Bunch;
import dev.interlock.conformance.support.Deviation;
import dev.interlock.conformance.support.Property;
import dev.interlock.subjects.ReentrantMutexSubject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Python's {@code threading.RLock}: a reentrant lock owned by the thread that holds it, with a
 * recursion count. CPython's {@code RLockTests} (lock_tests.py) on top of {@link MutexContract};
 * CPython runs them against {@code _PyRLock}, {@code _CRLock} and {@code Condition()}
 * ({@code ConditionAsRLockTests}), and so do the bindings of this contract.
 *
 * <p>Elsewhere: {@code test_release_save_unacquired} uses the private {@code _release_save}, which
 * is not part of the subject; RLockApiTest ports it against {@code RLock.releaseSave()}. {@code
 * test_repr_count} is about the string form (D17), also in RLockApiTest. Not ported: {@code
 * test_at_fork_reinit} (Java has no fork).
 */
public abstract class RLockContract extends MutexContract<ReentrantMutexSubject> {

    private static final String UNACQUIRED = "cannot release un-acquired lock";

    // CPython: RLockTests.test_reacquire
    @Property("reentrancy-and-ownership")
    @Test
    void ownerMayAcquireAgainAndMustReleaseAsOften() throws InterruptedException {
        ReentrantMutexSubject lock = newLock();
        lock.acquire();
        lock.acquire();
        lock.release();
        lock.acquire();
        lock.release();
        assertTrue(lock.isLocked(), "one acquisition is still outstanding");
        lock.release();
        assertFalse(lock.isLocked());
    }

    // CPython: RLockTests.test_release_unacquired
    @Property("non-owner-release-refused")
    @Deviation("D5")
    @Test
    void releasingWithoutOwningTheLockThrows() throws InterruptedException {
        ReentrantMutexSubject lock = newLock();
        assertReleaseRefused(lock);
        lock.acquire();
        lock.acquire();
        lock.release();
        lock.acquire();
        lock.release();
        lock.release();
        assertReleaseRefused(lock);
        assertFalse(lock.isLocked());
    }

    // CPython: RLockTests.test_recursion_count (skipped in CPython for ConditionAsRLockTests;
    // ported here for every binding, since the subject reads the count from the lock itself)
    @Property("reentrancy-and-ownership")
    @Test
    void holdCountCountsOnlyTheCurrentThreadsAcquisitions() throws InterruptedException {
        ReentrantMutexSubject lock = newLock();
        assertEquals(0, lock.getHoldCount());
        lock.acquire();
        assertEquals(1, lock.getHoldCount());
        lock.acquire();
        lock.acquire();
        assertEquals(3, lock.getHoldCount());
        lock.release();
        assertEquals(2, lock.getHoldCount());
        lock.release();
        lock.release();
        assertEquals(0, lock.getHoldCount());

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        try (Bunch owner = worker(() -> {
            lock.acquire();
            assertEquals(1, lock.getHoldCount());
            held.countDown();
            awaitLatch(done);
            lock.release();
        })) {
            try {
                awaitLatch(held);
                assertEquals(0, lock.getHoldCount(), "another thread's acquisitions are not ours");
            } finally {
                done.countDown(); // let the owner go, pass or fail
            }
            owner.join();
        }
        assertEquals(0, lock.getHoldCount());
    }

    // CPython: RLockTests.test_different_thread: release by a non-owner is refused even while
    // another thread holds the lock, and it changes nothing.
    @Property("non-owner-release-refused")
    @Test
    void releaseByANonOwnerThrowsAndDoesNotUnlock() throws InterruptedException {
        ReentrantMutexSubject lock = newLock();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        try (Bunch owner = worker(() -> {
            lock.acquire();
            held.countDown();
            awaitLatch(done);
            assertTrue(lock.isHeldByCurrentThread(), "a non-owner's release took the lock away");
            assertEquals(1, lock.getHoldCount());
            lock.release();
        })) {
            try {
                awaitLatch(held);
                assertReleaseRefused(lock);
                assertTrue(lock.isLocked());
                assertFalse(lock.tryAcquire(), "the owner still holds the lock");
            } finally {
                done.countDown(); // let the owner go, pass or fail
            }
            owner.join();
        }
        assertFalse(lock.isLocked());
    }

    // CPython: RLockTests.test__is_owned
    @Property("reentrancy-and-ownership")
    @Test
    void isHeldByCurrentThreadTracksOwnership() throws InterruptedException {
        ReentrantMutexSubject lock = newLock();
        assertFalse(lock.isHeldByCurrentThread());
        lock.acquire();
        assertTrue(lock.isHeldByCurrentThread());
        lock.acquire();
        assertTrue(lock.isHeldByCurrentThread());
        try (Bunch other = worker(() -> assertFalse(lock.isHeldByCurrentThread()))) {
            other.join();
        }
        lock.release();
        assertTrue(lock.isHeldByCurrentThread());
        lock.release();
        assertFalse(lock.isHeldByCurrentThread());
    }

    // CPython: RLockTests.test_locked (3.14)
    @Property("reentrancy-and-ownership")
    @Test
    void isLockedStaysTrueUntilTheLastRelease() throws InterruptedException {
        ReentrantMutexSubject lock = newLock();
        assertFalse(lock.isLocked());
        lock.acquire();
        assertTrue(lock.isLocked());
        lock.acquire();
        assertTrue(lock.isLocked());
        lock.release();
        assertTrue(lock.isLocked());
        lock.release();
        assertFalse(lock.isLocked());
    }

    // CPython: RLockTests.test_locked_with_2threads (3.14, gh-134323): a thread that ends holding
    // the lock leaves it locked, and isLocked says so in every thread.
    @Property("reentrancy-and-ownership")
    @Test
    void lockHeldByAnEndedThreadStaysLockedForEveryone() throws InterruptedException {
        ReentrantMutexSubject lock = newLock();
        try (Bunch owner = worker(() -> {
            assertFalse(lock.isLocked());
            lock.acquire();
            assertTrue(lock.isLocked());
        })) {
            owner.join();
        }
        assertTrue(lock.isLocked());
        assertFalse(lock.isHeldByCurrentThread());
        assertFalse(lock.tryAcquire());
    }

    // The owner's re-acquisition never waits, so even a poll succeeds and counts.
    @Property("reentrancy-and-ownership")
    @Test
    void ownerReacquiresEvenWhenPolling() throws InterruptedException {
        ReentrantMutexSubject lock = newLock();
        lock.acquire();
        assertTrue(lock.tryAcquire());
        assertTrue(lock.tryAcquire(0, TimeUnit.SECONDS));
        assertTrue(lock.tryAcquire(-1, TimeUnit.SECONDS)); // Deviation D1
        assertTrue(lock.tryAcquire(SHORT_MILLIS, TimeUnit.MILLISECONDS));
        assertEquals(5, lock.getHoldCount());
        for (int i = 0; i < 5; i++) lock.release();
        assertFalse(lock.isLocked());
    }

    // Another thread gets the lock only after the owner's last release, not its first.
    @Property("reentrant-mutual-exclusion")
    @Test
    void waiterProceedsOnlyAfterTheOwnersLastRelease() throws InterruptedException {
        ReentrantMutexSubject lock = newLock();
        lock.acquire();
        lock.acquire();
        try (Bunch waiter = worker(() -> {
            lock.acquire();
            assertEquals(1, lock.getHoldCount());
            lock.release();
        })) {
            waiter.awaitAllBlocked();
            lock.release();
            waiter.awaitAllBlocked();
            assertEquals(0, waiter.finished(), "the lock was handed over while still held once");
            lock.release();
            waiter.join();
        }
        assertFalse(lock.isLocked());
    }

    // RLock javadoc: a re-entrant acquisition never waits, but an interruptible one still throws
    // if the interrupted status is set on entry; the hold count is unchanged.
    @Property("interrupted-acquire-throws")
    @Deviation("D4")
    @Test
    void ownerInterruptedOnEntryIsRefusedAndKeepsItsHoldCount() throws InterruptedException {
        ReentrantMutexSubject lock = newLock();
        try (Bunch owner = worker(() -> {
            lock.acquire();
            Thread.currentThread().interrupt();
            assertThrows(InterruptedException.class, lock::acquire);
            assertFalse(Thread.currentThread().isInterrupted());
            Thread.currentThread().interrupt();
            assertThrows(InterruptedException.class, () -> lock.tryAcquire(SHORT_MILLIS, TimeUnit.MILLISECONDS));
            assertFalse(Thread.currentThread().isInterrupted());
            assertEquals(1, lock.getHoldCount());
            lock.release();
        })) {
            owner.join();
        }
        assertFalse(lock.isLocked());
    }

    // Nested guards (nested `with rlock:`) each release their own level
    @Property("guard-releases-once")
    @Deviation("D18")
    @Test
    @SuppressWarnings("try") // the guards are used only for their close()
    void nestedGuardsReleaseOneLevelEach() throws InterruptedException {
        ReentrantMutexSubject lock = newLock();
        try (Guard outer = lock.guard()) {
            try (Guard inner = lock.guard()) {
                assertEquals(2, lock.getHoldCount());
            }
            assertEquals(1, lock.getHoldCount());
            assertTrue(lock.isHeldByCurrentThread());
        }
        assertEquals(0, lock.getHoldCount());
        assertFreeForAnotherThread(lock);
    }

    private static void assertReleaseRefused(ReentrantMutexSubject lock) {
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, lock::release);
        assertEquals(UNACQUIRED, e.getMessage());
    }
}
