package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link ReadWriteLock}'s own API, beyond the subject the conformance contract uses: the string
 * form, the {@link Duration} and uninterruptible forms, the per-thread queries, null arguments,
 * the guards' close-once rule and the hold-count limits.
 */
class ReadWriteLockApiTest {

    private static final String UPGRADE = "cannot acquire write lock while holding read lock";
    private static final int MAX_HOLDS = 65_535;

    // Deviation D17: the state as toString shows it, the same in every thread
    @Test
    void toStringShowsReadHoldsOrTheWriterAndItsCount() throws InterruptedException {
        ReadWriteLock lock = new ReadWriteLock();
        String me = Thread.currentThread().getName();
        assertEquals("ReadWriteLock[unlocked]", lock.toString());
        lock.acquireRead();
        lock.acquireRead();
        assertEquals("ReadWriteLock[read holds=2]", lock.toString());
        lock.releaseRead();
        lock.releaseRead();
        lock.acquireWrite();
        lock.acquireWrite();
        assertEquals("ReadWriteLock[write-locked by " + me + ", count=2]", lock.toString());
        lock.acquireRead(); // a downgrade under way
        String downgrading = "ReadWriteLock[write-locked by " + me + ", count=2, read holds=1]";
        assertEquals(downgrading, lock.toString());
        AtomicReference<String> seenElsewhere = new AtomicReference<>();
        TestThread.start("repr-reader", () -> seenElsewhere.set(lock.toString())).close();
        assertEquals(downgrading, seenElsewhere.get());
        lock.releaseWrite();
        lock.releaseWrite();
        assertEquals("ReadWriteLock[read holds=1]", lock.toString());
        lock.releaseRead();
        assertEquals("ReadWriteLock[unlocked]", lock.toString());
    }

    // Deviation D17: the writer shown is the owner, not the thread that asks
    @Test
    void toStringNamesAnotherThreadThatHoldsTheWriteLock() throws InterruptedException {
        ReadWriteLock lock = new ReadWriteLock();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        TestThread writer = TestThread.start("rw-writer", () -> {
            lock.acquireWrite();
            held.countDown();
            awaitLatch(done);
            lock.releaseWrite();
        });
        try {
            awaitLatch(held);
            assertEquals("ReadWriteLock[write-locked by rw-writer, count=1]", lock.toString());
        } finally {
            done.countDown(); // let the writer go, pass or fail
        }
        writer.close();
        assertEquals("ReadWriteLock[unlocked]", lock.toString());
    }

    // Deviation D2: one method per way of waiting, for both modes; no blocking flag
    @Test
    void bothModesOfferUntimedUninterruptiblePollingTimedAndDurationForms() throws NoSuchMethodException {
        Class<ReadWriteLock> type = ReadWriteLock.class;
        assertTrue(Modifier.isFinal(type.getModifiers()));
        for (String mode : new String[] {"Read", "Write"}) {
            assertEquals(void.class, type.getMethod("acquire" + mode).getReturnType());
            assertEquals(void.class, type.getMethod("acquire" + mode + "Uninterruptibly").getReturnType());
            assertEquals(boolean.class, type.getMethod("tryAcquire" + mode).getReturnType());
            assertEquals(boolean.class, type.getMethod("tryAcquire" + mode, long.class, TimeUnit.class).getReturnType());
            assertEquals(boolean.class, type.getMethod("tryAcquire" + mode, Duration.class).getReturnType());
            assertEquals(Guard.class, type.getMethod(mode.toLowerCase(java.util.Locale.ROOT) + "Guard").getReturnType());
        }
        for (Method method : type.getMethods()) {
            assertTrue(Arrays.stream(method.getParameterTypes()).noneMatch(p -> p == boolean.class || p == Boolean.class),
                    method.getName() + " takes a boolean flag");
        }
    }

    @Test
    void durationFormsTakeAFreeLockAndPollWithANonPositiveDuration() throws InterruptedException {
        ReadWriteLock lock = new ReadWriteLock();
        assertTrue(lock.tryAcquireRead(Duration.ofSeconds(5)));
        assertTrue(lock.tryAcquireRead(Duration.ZERO));
        assertEquals(2, lock.getReadHoldCount());
        TestThread.start(() -> {
            assertFalse(lock.tryAcquireWrite(Duration.ZERO));
            assertFalse(lock.tryAcquireWrite(Duration.ofNanos(-1)));
        }).close();
        lock.releaseRead();
        lock.releaseRead();
        assertTrue(lock.tryAcquireWrite(Duration.ofSeconds(5)));
        assertTrue(lock.tryAcquireWrite(Duration.ofSeconds(-5)), "the owner re-enters even when polling");
        assertEquals(2, lock.getWriteHoldCount());
        TestThread.start(() -> assertFalse(lock.tryAcquireRead(Duration.ZERO))).close();
        lock.releaseWrite();
        lock.releaseWrite();
        assertEquals("ReadWriteLock[unlocked]", lock.toString());
    }

    @Test
    void timedDurationFormsTimeOutAfterTheDuration() throws InterruptedException {
        ReadWriteLock lock = new ReadWriteLock();
        Duration timeout = Duration.ofMillis(50);
        lock.acquireWrite();
        TestThread.start(() -> {
            long start = System.nanoTime();
            assertFalse(lock.tryAcquireRead(timeout));
            assertFalse(lock.tryAcquireWrite(timeout));
            long elapsed = System.nanoTime() - start;
            assertTrue(elapsed >= 2 * timeout.toNanos(), "returned early: " + elapsed + " ns");
        }).close();
        lock.releaseWrite();
    }

    @Test
    void nullTimeoutsAreRejected() {
        ReadWriteLock lock = new ReadWriteLock();
        assertNpe("timeout", () -> lock.tryAcquireRead(null));
        assertNpe("timeout", () -> lock.tryAcquireWrite(null));
        assertThrows(NullPointerException.class, () -> lock.tryAcquireRead(1, null));
        assertThrows(NullPointerException.class, () -> lock.tryAcquireWrite(1, null));
        assertEquals("ReadWriteLock[unlocked]", lock.toString());
    }

    // The class javadoc: every write acquisition refuses an upgrade, including the forms the
    // subject does not carry (uninterruptible, Duration, guard), and nothing changes.
    @Test
    void everyWriteFormRefusesAnUpgradeAndKeepsTheReadHold() throws InterruptedException {
        ReadWriteLock lock = new ReadWriteLock();
        lock.acquireRead();
        for (Executable upgrade : new Executable[] {lock::acquireWriteUninterruptibly,
                () -> lock.tryAcquireWrite(Duration.ofSeconds(1)), lock::writeGuard}) {
            IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, upgrade);
            assertEquals(UPGRADE, e.getMessage());
        }
        assertEquals(1, lock.getReadHoldCount());
        assertEquals("ReadWriteLock[read holds=1]", lock.toString());
        lock.releaseRead();
        assertTrue(lock.tryAcquireWrite(), "free for writing once the read hold is given back");
        lock.releaseWrite();
    }

    // The interrupted status is checked before the upgrade (class javadoc, Interruption)
    @Test
    void interruptOnEntryWinsOverTheUpgradeRefusal() throws InterruptedException {
        ReadWriteLock lock = new ReadWriteLock();
        lock.acquireRead();
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, lock::acquireWrite);
        assertFalse(Thread.interrupted());
        lock.releaseRead();
    }

    @Test
    void perThreadQueriesCountOnlyTheCallersHolds() throws InterruptedException {
        ReadWriteLock lock = new ReadWriteLock();
        lock.acquireWrite();
        lock.acquireRead();
        lock.acquireRead();
        assertTrue(lock.isWriteLockedByCurrentThread());
        assertEquals(1, lock.getWriteHoldCount());
        assertEquals(2, lock.getReadHoldCount());
        assertEquals(2, lock.getReadLockCount());
        TestThread.start(() -> {
            assertFalse(lock.isWriteLockedByCurrentThread());
            assertTrue(lock.isWriteLocked());
            assertEquals(0, lock.getWriteHoldCount());
            assertEquals(0, lock.getReadHoldCount());
            assertEquals(2, lock.getReadLockCount());
        }).close();
        lock.releaseWrite();
        lock.releaseRead();
        lock.releaseRead();
        assertEquals(0, lock.getReadHoldCount());
        assertFalse(lock.isWriteLocked());
    }

    // Deviation D18: a guard gives back its own hold once; a second close() cannot give back another
    @Test
    void guardsGiveBackTheirHoldOnlyOnce() throws InterruptedException {
        ReadWriteLock lock = new ReadWriteLock();
        Guard read = lock.readGuard();
        lock.acquireRead();
        read.close();
        read.close();
        assertEquals(1, lock.getReadHoldCount(), "the second close() gave back a hold that was not its own");
        lock.releaseRead();
        Guard write = lock.writeGuard();
        lock.acquireWrite();
        write.close();
        write.close();
        assertEquals(1, lock.getWriteHoldCount());
        lock.releaseWrite();
        assertEquals("ReadWriteLock[unlocked]", lock.toString());
    }

    // The uninterruptible forms keep waiting through an interrupt and return, holding, with the status set.
    @Test
    void uninterruptibleFormsWaitThroughAnInterruptAndKeepIt() throws InterruptedException {
        ReadWriteLock lock = new ReadWriteLock();
        AtomicBoolean released = new AtomicBoolean();
        lock.acquireWrite();
        try (TestThread both = TestThread.start("uninterruptible", () -> {
            lock.acquireReadUninterruptibly();
            boolean interrupted = Thread.interrupted();
            assertTrue(released.get(), "returned before the writer released");
            assertTrue(interrupted, "the interrupt must be kept");
            lock.releaseRead();
            Thread.currentThread().interrupt();
            lock.acquireWriteUninterruptibly(); // free: taken at once, the status kept
            assertTrue(Thread.interrupted());
            lock.releaseWrite();
        })) {
            Thread waiter = both.thread();
            both.awaitBlocked();
            waiter.interrupt();
            TestThread.awaitTrue("the waiter took the interrupt", () -> !waiter.isInterrupted());
            both.awaitBlocked();
            released.set(true);
            lock.releaseWrite();
        }
        assertEquals("ReadWriteLock[unlocked]", lock.toString());
    }

    // Deviation D23: the hold counts are bounded; one more is refused with Error and changes nothing
    @Test
    void holdsBeyondTheMaximumAreRefusedAndChangeNothing() throws InterruptedException {
        ReadWriteLock lock = new ReadWriteLock();
        for (int i = 0; i < MAX_HOLDS; i++) lock.acquireRead();
        assertEquals("Maximum lock count exceeded", assertThrows(Error.class, lock::acquireRead).getMessage());
        assertEquals(MAX_HOLDS, lock.getReadLockCount());
        assertEquals(MAX_HOLDS, lock.getReadHoldCount());
        for (int i = 0; i < MAX_HOLDS; i++) lock.releaseRead();
        for (int i = 0; i < MAX_HOLDS; i++) lock.acquireWrite();
        assertEquals("Maximum lock count exceeded", assertThrows(Error.class, lock::tryAcquireWrite).getMessage());
        assertEquals(MAX_HOLDS, lock.getWriteHoldCount());
        for (int i = 0; i < MAX_HOLDS; i++) lock.releaseWrite();
        assertEquals("ReadWriteLock[unlocked]", lock.toString());
    }

    // As RLock: the writer is the synchronizer's owner, so the JVM's monitoring names it.
    @Test
    void threadBlockedBehindTheWriterShowsItToThreadMXBean() throws InterruptedException {
        ReadWriteLock lock = new ReadWriteLock();
        Thread owner = Thread.currentThread();
        lock.acquireWrite();
        try (TestThread waiter = TestThread.start("rw-waiter", () -> {
            lock.acquireWrite();
            lock.releaseWrite();
        })) {
            try {
                waiter.awaitBlocked();
                ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(waiter.thread().getId());
                assertNotNull(info, "the waiter is alive");
                assertEquals(owner.getName(), info.getLockOwnerName());
            } finally {
                lock.releaseWrite(); // let the waiter go, pass or fail
            }
        }
    }

    private static void assertNpe(String message, Executable call) {
        assertEquals(message, assertThrows(NullPointerException.class, call).getMessage());
    }

    private static void awaitLatch(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(TestThread.DEADLINE_NANOS, TimeUnit.NANOSECONDS), "latch not reached");
    }
}
