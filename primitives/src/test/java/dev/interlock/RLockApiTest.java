package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RLock}'s own API: string form, the {@link ConditionLock} protocol ({@code _release_save}
 * / {@code _acquire_restore}, which the conformance subject does not carry) and the owner as the
 * JVM's monitoring sees it.
 */
class RLockApiTest extends AbstractMutexApiTest<RLock> {

    private static final String UNACQUIRED = "cannot release un-acquired lock";

    @Override RLock newLock() { return new RLock(); }
    @Override boolean tryAcquire(RLock lock, Duration timeout) throws InterruptedException { return lock.tryAcquire(timeout); }
    @Override boolean isLocked(RLock lock) { return lock.isLocked(); }
    @Override Guard guard(RLock lock) throws InterruptedException { return lock.guard(); }

    // CPython: BaseLockTests.test_repr, test_locked_repr and RLockTests.test_repr_count (3.14).
    // Deviation D17.
    @Test
    void toStringShowsTheOwnerAndTheCountInEveryThread() throws InterruptedException {
        RLock lock = new RLock();
        assertEquals("RLock[unlocked]", lock.toString());
        lock.acquire();
        lock.acquire();
        String expected = "RLock[locked by " + Thread.currentThread().getName() + ", count=2]";
        assertEquals(expected, lock.toString());
        AtomicReference<String> seenElsewhere = new AtomicReference<>();
        TestThread.start("repr-reader", () -> seenElsewhere.set(lock.toString())).close();
        assertEquals(expected, seenElsewhere.get());
        lock.release();
        lock.release();
        assertEquals("RLock[unlocked]", lock.toString());
    }

    // Deviation D17: the owner shown is the holder, not the thread that asks
    @Test
    void toStringNamesAnotherThreadThatHoldsTheLock() throws InterruptedException {
        RLock lock = new RLock();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        TestThread holder = TestThread.start("rlock-holder", () -> {
            lock.acquire();
            held.countDown();
            awaitLatch(done);
            lock.release();
        });
        try {
            awaitLatch(held);
            assertEquals("RLock[locked by rlock-holder, count=1]", lock.toString());
        } finally {
            done.countDown(); // let the holder go, pass or fail
        }
        holder.close();
        assertEquals("RLock[unlocked]", lock.toString());
    }

    // CPython: RLockTests.test_release_save_unacquired. Deviation D5.
    @Test
    void releaseSaveWithoutOwningTheLockIsRefused() throws InterruptedException {
        RLock lock = new RLock();
        assertReleaseSaveRefused(lock);
        lock.acquire();
        lock.acquire();
        lock.release();
        lock.acquire();
        lock.release();
        lock.release();
        assertReleaseSaveRefused(lock);
        assertFalse(lock.isLocked());
    }

    // Deviation D5: _release_save by a non-owner is refused even while another thread holds the lock
    @Test
    void releaseSaveByANonOwnerIsRefusedAndChangesNothing() throws InterruptedException {
        RLock lock = new RLock();
        lock.acquire();
        TestThread.start("not-the-owner", () -> {
            assertFalse(lock.isOwned());
            assertReleaseSaveRefused(lock);
        }).close();
        assertTrue(lock.isOwned());
        assertEquals(1, lock.getHoldCount());
        lock.release();
    }

    // RLock javadoc: releaseSave frees every level and returns the count; acquireRestore restores
    // count and owner (what Condition.await does around its wait)
    @Test
    void releaseSaveFreesEveryLevelAndAcquireRestoreRestoresThem() throws InterruptedException {
        RLock lock = new RLock();
        lock.acquire();
        lock.acquire();
        lock.acquire();
        int saved = lock.releaseSave();
        assertEquals(3, saved);
        assertFalse(lock.isLocked());
        TestThread.start("takes-the-freed-lock", () -> {
            assertTrue(lock.tryAcquire());
            lock.release();
        }).close();
        lock.acquireRestore(saved);
        assertTrue(lock.isHeldByCurrentThread());
        assertEquals(3, lock.getHoldCount());
        for (int i = 0; i < 3; i++) lock.release();
        assertFalse(lock.isLocked());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void acquireRestoreRejectsANonPositiveCount(int saved) {
        RLock lock = new RLock();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lock.acquireRestore(saved));
        assertEquals("saved hold count must be > 0", e.getMessage());
        assertFalse(lock.isLocked());
    }

    // ConditionLock javadoc: acquireRestore waits uninterruptibly; an interrupt that arrives
    // meanwhile is kept as the thread's interrupted status
    @Test
    void acquireRestoreWaitsThroughAnInterruptAndKeepsIt() throws InterruptedException {
        RLock lock = new RLock();
        AtomicBoolean released = new AtomicBoolean();
        lock.acquire();
        try (TestThread restorer = TestThread.start("restorer", () -> {
            lock.acquireRestore(2);
            boolean interrupted = Thread.interrupted();
            assertTrue(released.get(), "returned before the holder released the lock");
            assertTrue(interrupted, "the interrupt must be kept");
            assertEquals(2, lock.getHoldCount());
            lock.release();
            lock.release();
        })) {
            Thread waiter = restorer.thread();
            restorer.awaitBlocked();
            waiter.interrupt();
            // The wait takes the interrupt (clearing the status) and parks again.
            TestThread.awaitTrue("the restorer took the interrupt", () -> !waiter.isInterrupted());
            restorer.awaitBlocked();
            released.set(true);
            lock.release();
        }
        assertFalse(lock.isLocked());
    }

    // CPython: RLockTests.test__is_owned, for the ConditionLock protocol: the real owner is checked
    @Test
    void isOwnedIsTrueOnlyInTheOwningThread() throws InterruptedException {
        RLock lock = new RLock();
        assertFalse(lock.isOwned());
        lock.acquire();
        assertTrue(lock.isOwned());
        TestThread.start("not-the-owner", () -> assertFalse(lock.isOwned())).close();
        lock.release();
        assertFalse(lock.isOwned());
    }

    // RLock javadoc: the owner is the synchronizer's exclusive owner, so the JVM's monitoring
    // names it as the owner of the lock a blocked thread waits for.
    @Test
    void threadBlockedOnAnRLockShowsTheOwnerToThreadMXBean() throws InterruptedException {
        RLock lock = new RLock();
        Thread owner = Thread.currentThread();
        lock.acquire();
        try (TestThread waiter = TestThread.start("rlock-waiter", () -> {
            lock.acquire();
            lock.release();
        })) {
            try {
                waiter.awaitBlocked();
                ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(waiter.thread().getId());
                assertNotNull(info, "the waiter is alive");
                assertNotNull(info.getLockInfo(), "the waiter waits for a lock");
                assertEquals(owner.getName(), info.getLockOwnerName());
                assertEquals(owner.getId(), info.getLockOwnerId());
            } finally {
                lock.release(); // let the waiter go, pass or fail
            }
        }
        assertFalse(lock.isLocked());
    }

    private static void assertReleaseSaveRefused(RLock lock) {
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, lock::releaseSave);
        assertEquals(UNACQUIRED, e.getMessage());
    }

    private static void awaitLatch(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(TestThread.DEADLINE_NANOS, TimeUnit.NANOSECONDS), "latch not reached");
    }
}
