package dev.interlock.conformance;

import dev.interlock.conformance.support.Deviation;
import dev.interlock.conformance.support.Property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.conformance.support.Bunch;
import dev.interlock.conformance.support.Deadlines;
import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.subjects.adapters.ReentrantReadWriteLockAdapter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code java.util.concurrent.locks.ReentrantReadWriteLock} (non-fair, its default) against the
 * readers–writer contract. Where its policy differs from Interlock's {@code ReadWriteLock}, the
 * contract's tests of that property fail for it, and the tests below assert what it does instead
 * (docs/semantics.md, rows D20–D22): so its cells are {@code deviates}, not failures. It is
 * expected to fail those contract tests, so it runs with the bindings expected to fail.
 */
class ReentrantReadWriteLockConformanceTest extends ReadWriteLockContract {
    private static final long SHORT_MILLIS = ReadWriteForms.SHORT_MILLIS;

    @Override protected ReadWriteLockSubject newLock() { return ReentrantReadWriteLockAdapter.create(); }

    @Property("upgrade-refused")
    @Deviation("D20")
    @Test // Deviation D20: the untimed upgrade waits for the thread's own read hold, for ever
    void anUntimedUpgradeWaitsForItselfUntilInterrupted() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        try (Bunch reader = worker(() -> {
            lock.acquireRead();
            try {
                assertThrows(InterruptedException.class, lock::acquireWrite);
                assertEquals(1, lock.readHolds(), "the read hold is kept");
                assertFalse(lock.isWriteLocked());
            } finally {
                lock.releaseRead();
            }
        })) {
            Thread upgrader = reader.threads().get(0);
            Deadlines.awaitBlocked(upgrader); // parked in acquireWrite: only an interrupt ends it
            upgrader.interrupt();
            reader.join();
        }
        assertEquals(0, lock.readHolds());
    }

    @Property("upgrade-refused")
    @Deviation("D20")
    @Test // Deviation D20: a polled or timed upgrade is not refused; it fails as if another thread held the lock
    void aPolledOrTimedUpgradeReturnsFalse() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        lock.acquireRead();
        assertFalse(lock.tryAcquireWrite());
        assertFalse(lock.tryAcquireWrite(0, TimeUnit.SECONDS));
        long start = System.nanoTime();
        assertFalse(lock.tryAcquireWrite(SHORT_MILLIS, TimeUnit.MILLISECONDS));
        long elapsed = System.nanoTime() - start;
        assertTrue(elapsed >= TimeUnit.MILLISECONDS.toNanos(SHORT_MILLIS), "returned early: " + elapsed + " ns");
        assertEquals(1, lock.readHolds());
        lock.releaseRead();
    }

    @Property("writer-preference")
    @Deviation("D21")
    @Test // Deviation D21: tryAcquireRead() (readLock().tryLock()) barges past a waiting writer; the timed forms do not
    void theUntimedReadPollBargesPastAWaitingWriter() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        lock.acquireRead();
        try (Bunch writer = worker(() -> {
            lock.acquireWrite();
            lock.releaseWrite();
        })) {
            try {
                writer.awaitAllBlocked();
                try (Bunch late = worker(() -> {
                    boolean barged = lock.tryAcquireRead();
                    if (barged) lock.releaseRead();
                    boolean queued = !lock.tryAcquireRead(0, TimeUnit.SECONDS);
                    assertTrue(barged, "tryAcquireRead() respected the waiting writer");
                    assertTrue(queued, "tryAcquireRead(0, unit) overtook the waiting writer");
                })) {
                    late.join();
                }
            } finally {
                lock.releaseRead();
            }
            writer.join();
        }
        assertFalse(lock.isWriteLocked());
    }

    @Property("non-owner-release-refused")
    @Deviation("D22")
    @Test // Deviation D22: the same exception type, j.u.c's messages (none for the write lock)
    void releasesWithoutAHoldAreRefusedWithJucMessages() {
        ReadWriteLockSubject lock = newLock();
        IllegalMonitorStateException read = assertThrows(IllegalMonitorStateException.class, lock::releaseRead);
        assertEquals("attempt to unlock read lock, not locked by current thread", read.getMessage());
        IllegalMonitorStateException write = assertThrows(IllegalMonitorStateException.class, lock::releaseWrite);
        assertNull(write.getMessage());
        assertEquals(0, lock.readHolds());
        assertFalse(lock.isWriteLocked());
    }
}
