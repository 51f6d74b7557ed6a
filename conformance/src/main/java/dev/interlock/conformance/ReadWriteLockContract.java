package dev.interlock.conformance;

import dev.interlock.conformance.support.Property;
import static dev.interlock.conformance.ReadWriteForms.SHORT_MILLIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.conformance.ReadWriteForms.Form;
import dev.interlock.conformance.ReadWriteForms.Mode;
import dev.interlock.conformance.support.Bunch;
import dev.interlock.conformance.support.Deadlines;
import dev.interlock.conformance.support.SpinRendezvous;
import dev.interlock.subjects.ReadWriteLockSubject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A readers–writer lock as Interlock's {@code ReadWriteLock} documents it: readers share, a
 * writer excludes everyone else, a waiting writer is not overtaken by readers that arrive after
 * it (writer preference), holds are per thread and reentrant, the writer may downgrade, an
 * upgrade is refused at once with {@link IllegalMonitorStateException}, and the j.u.c contract of
 * timeouts, interruption and guards holds for both modes. Python has no readers–writer lock, so
 * there is no CPython catalogue to port; each test cites the javadoc sentence it checks.
 *
 * <p>Every wait that a broken lock could make endless is bounded: a test that would hang on such
 * a lock (an upgrade that waits, a reader that overtakes a writer) checks that nothing is blocked,
 * interrupts what is, and fails, so that the contract also runs quickly against variants and
 * {@code ReentrantReadWriteLock}.
 *
 * <p>Each test carries its property id ({@code @Property}) for the result records.
 */
public abstract class ReadWriteLockContract extends ReadWriteConventionsContract {

    // ---------------------------------------------------------------- readers share

    @Property("readers-share")
    @Test // javadoc: many threads may hold it for reading at once
    @SuppressWarnings("try") // the resource is used only for its close()
    void severalThreadsHoldReadHoldsAtOnce() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        assertEquals(0, lock.readHolds());
        assertFalse(lock.isWriteLocked());
        CountDownLatch allIn = new CountDownLatch(3);
        CountDownLatch leave = new CountDownLatch(1);
        try (Bunch readers = bunch(3, () -> {
            lock.acquireRead();
            allIn.countDown();
            awaitLatch(allIn); // every reader inside at the same time
            awaitLatch(leave);
            lock.releaseRead();
        })) {
            try {
                awaitLatch(allIn);
                assertEquals(3, lock.readHolds());
                assertFalse(lock.isWriteLocked());
            } finally {
                leave.countDown();
            }
        }
        assertEquals(0, lock.readHolds());
    }

    @Property("readers-share")
    @ParameterizedTest // no form of asking for a read hold waits for another reader
    @EnumSource(value = Form.class, names = {"POLL", "ZERO_TIMEOUT", "NEGATIVE_TIMEOUT", "SHORT_TIMEOUT", "LONG_TIMEOUT"})
    @SuppressWarnings("try") // the resource is used only for its close()
    void anotherThreadsReadHoldDoesNotKeepAReaderOut(Form form) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        try (Held other = holdElsewhere(lock, Mode.READ); Bunch reader = worker(() -> {
            long start = System.nanoTime();
            assertTrue(form.take(lock, Mode.READ), "a read hold refused while another thread only reads");
            long elapsed = System.nanoTime() - start;
            lock.releaseRead();
            assertTrue(elapsed < TimeUnit.MILLISECONDS.toNanos(SHORT_MILLIS), "waited " + elapsed + " ns");
        })) {
            reader.join();
        }
        assertEquals(0, lock.readHolds());
    }

    @Property("readers-share")
    @Test // javadoc: when the write lock is given back, the waiting readers proceed (together)
    void readersBlockedByAWriterAllEnterTogetherWhenItLeaves() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        CountDownLatch allIn = new CountDownLatch(3);
        lock.acquireWrite();
        try (Bunch readers = bunch(3, () -> {
            lock.acquireRead();
            allIn.countDown();
            awaitLatch(allIn);
            lock.releaseRead();
        })) {
            readers.awaitAllBlocked();
            assertEquals(0, readers.finished(), "a reader entered while the writer held the lock");
            lock.releaseWrite();
            readers.join();
        }
        assertEquals(0, lock.readHolds());
    }

    @Property("readers-share")
    @Test // two threads take a read hold at the same moment, round after round: both are counted
    void readHoldsTakenAtTheSameMomentAreEachCounted() {
        ReadWriteLockSubject lock = newLock();
        int rounds = 2_000;
        long effort = effortDeadline();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger ids = new AtomicInteger();
        SpinRendezvous rendezvous = new SpinRendezvous(2);
        bunch(2, () -> {
            boolean checker = ids.getAndIncrement() == 0;
            try {
                for (int round = 0; round < rounds; round++) {
                    rendezvous.await();
                    if (stop.get()) break; // set by the checker before this rendezvous
                    assertTrue(lock.tryAcquireRead(), "a read hold refused in round " + round);
                    rendezvous.await();
                    if (checker) assertEquals(2, lock.readHolds(), "read holds after two readers entered, round " + round);
                    rendezvous.await();
                    lock.releaseRead();
                    rendezvous.await();
                    if (checker) {
                        assertEquals(0, lock.readHolds(), "read holds after both left, round " + round);
                        stop.set(pastEffort(effort));
                    }
                }
            } catch (Throwable t) {
                rendezvous.abandon();
                throw t;
            }
        }).close();
    }

    // ---------------------------------------------------------------- a writer excludes everyone

    @Property("read-write-exclusion")
    @ParameterizedTest(name = "{0} {1}") // javadoc: or one thread for writing
    @MethodSource("modesAndPolls")
    @SuppressWarnings("try") // the resource is used only for its close()
    void whileAnotherThreadWritesNoHoldIsGranted(Mode mode, Form form) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        try (Held writer = holdElsewhere(lock, Mode.WRITE); Bunch asker = worker(() -> {
            boolean taken = form.take(lock, mode);
            if (taken) mode.release(lock); // give back before failing: nothing may stay held
            assertFalse(taken, mode + " hold granted while another thread writes");
        })) {
            asker.join();
            assertTrue(lock.isWriteLocked());
            assertEquals(0, lock.readHolds());
        }
        assertFalse(lock.isWriteLocked());
    }

    @Property("read-write-exclusion")
    @ParameterizedTest // javadoc: or one thread for writing
    @EnumSource(value = Form.class, names = {"POLL", "ZERO_TIMEOUT", "NEGATIVE_TIMEOUT", "SHORT_TIMEOUT"})
    @SuppressWarnings("try") // the resource is used only for its close()
    void whileAnotherThreadReadsNoWriteHoldIsGranted(Form form) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        try (Held reader = holdElsewhere(lock, Mode.READ); Bunch writer = worker(() -> {
            boolean taken = form.take(lock, Mode.WRITE);
            if (taken) lock.releaseWrite();
            assertFalse(taken, "write lock granted while another thread reads");
        })) {
            writer.join();
            assertFalse(lock.isWriteLocked());
        }
    }

    @Property("read-write-exclusion")
    @ParameterizedTest // javadoc (acquireWrite): waits until no other thread holds the lock in either mode
    @EnumSource(Mode.class)
    void blockedHoldersOfEitherModeWaitUntilTheWriterLeaves(Mode mode) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        lock.acquireWrite();
        try (Bunch waiter = worker(() -> {
            Form.UNTIMED.take(lock, mode);
            mode.release(lock);
        })) {
            waiter.awaitAllBlocked();
            assertEquals(0, waiter.finished(), mode + " granted while the writer held the lock");
            lock.releaseWrite();
            waiter.join();
        }
        assertFalse(lock.isWriteLocked());
        assertEquals(0, lock.readHolds());
    }

    @Property("read-write-exclusion")
    @Test // javadoc (releaseRead): when the last read hold of all threads is given back, a waiting writer may proceed
    void aWriterWaitsUntilEveryReaderHasLeft() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        Held first = holdElsewhere(lock, Mode.READ);
        Held second = holdElsewhere(lock, Mode.READ);
        try (Bunch writer = worker(() -> {
            lock.acquireWrite();
            lock.releaseWrite();
        })) {
            try {
                writer.awaitAllBlocked();
                first.close();
                writer.awaitAllBlocked();
                assertEquals(0, writer.finished(), "the writer entered while a reader still held the lock");
                assertEquals(1, lock.readHolds());
            } finally {
                first.close();
                second.close();
            }
            writer.join();
        }
        assertFalse(lock.isWriteLocked());
    }

    @Property("read-write-exclusion")
    @Test // a reader's and a writer's polls at the same moment: exactly one of them gets in
    void ofARacingReaderAndWriterExactlyOneGetsIn() {
        ReadWriteLockSubject lock = newLock();
        int rounds = 2_000;
        long effort = effortDeadline();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger ids = new AtomicInteger();
        AtomicInteger entered = new AtomicInteger();
        SpinRendezvous rendezvous = new SpinRendezvous(2);
        bunch(2, () -> {
            boolean reader = ids.getAndIncrement() == 0; // the reader also checks each round
            try {
                for (int round = 0; round < rounds; round++) {
                    rendezvous.await();
                    if (stop.get()) break; // set by the reader before this rendezvous
                    boolean in = reader ? lock.tryAcquireRead() : lock.tryAcquireWrite();
                    if (in) entered.incrementAndGet();
                    rendezvous.await();
                    if (reader) assertEquals(1, entered.getAndSet(0), "holders in round " + round);
                    rendezvous.await();
                    if (in) {
                        if (reader) lock.releaseRead();
                        else lock.releaseWrite();
                    }
                    rendezvous.await();
                    if (reader) {
                        assertEquals(0, lock.readHolds(), "read holds after round " + round);
                        assertFalse(lock.isWriteLocked(), "write-locked after round " + round);
                        stop.set(pastEffort(effort));
                    }
                }
            } catch (Throwable t) {
                rendezvous.abandon();
                throw t;
            }
        }).close();
    }

    @Property("read-write-exclusion")
    @Test // under contention no reader ever meets a writer inside, and no write is lost
    void contendedReadersAndWritersNeverOverlap() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        int iterations = 2_000;
        long effort = effortDeadline();
        int[] counter = {0}; // plain: only the write lock protects it
        AtomicInteger writes = new AtomicInteger();
        AtomicInteger writersInside = new AtomicInteger();
        AtomicInteger readersInside = new AtomicInteger();
        AtomicInteger ids = new AtomicInteger();
        try (Bunch bunch = bunch(4, () -> {
            boolean writer = ids.getAndIncrement() % 2 == 0;
            for (int i = 0; i < iterations && !pastEffort(effort); i++) {
                if (writer) {
                    lock.acquireWrite();
                    try {
                        assertEquals(1, writersInside.incrementAndGet(), "two writers inside");
                        assertEquals(0, readersInside.get(), "a reader inside with a writer");
                        counter[0]++;
                        writes.incrementAndGet();
                        writersInside.decrementAndGet();
                    } finally {
                        lock.releaseWrite();
                    }
                } else {
                    lock.acquireRead();
                    try {
                        readersInside.incrementAndGet();
                        assertEquals(0, writersInside.get(), "a writer inside with a reader");
                        readersInside.decrementAndGet();
                    } finally {
                        lock.releaseRead();
                    }
                }
            }
        })) {
            bunch.join();
        }
        lock.acquireRead(); // the happens-before edge that makes counter[0] safe to read
        assertEquals(writes.get(), counter[0], "writes lost");
        lock.releaseRead();
    }

    // ---------------------------------------------------------------- writer preference

    @Property("writer-preference")
    @Test // javadoc (Policy): a reader never overtakes a waiting writer
    void aReaderArrivingWhileAWriterWaitsEntersOnlyAfterTheWriter() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch writerMayLeave = new CountDownLatch(1);
        lock.acquireRead();
        boolean reading = true;
        try (Bunch writer = worker(() -> {
            lock.acquireWrite();
            order.add("writer");
            awaitLatch(writerMayLeave);
            lock.releaseWrite();
        })) {
            try {
                writer.awaitAllBlocked();
                try (Bunch reader = worker(() -> {
                    lock.acquireRead();
                    order.add("reader");
                    lock.releaseRead();
                })) {
                    reader.awaitAllBlocked();
                    assertEquals(List.of(), order, "the new reader overtook the waiting writer");
                    lock.releaseRead(); // the last reader leaves: the writer, not the new reader, goes first
                    reading = false;
                    Deadlines.awaitTrue("someone entered", () -> !order.isEmpty());
                    reader.awaitAllBlocked();
                    assertEquals(List.of("writer"), order);
                    writerMayLeave.countDown();
                }
            } finally {
                writerMayLeave.countDown();
                if (reading) lock.releaseRead();
            }
        }
        assertEquals(List.of("writer", "reader"), order);
    }

    @Property("writer-preference")
    @ParameterizedTest // javadoc (tryAcquireRead): follows the policy too: fails while a writer waits
    @EnumSource(value = Form.class, names = {"POLL", "ZERO_TIMEOUT", "NEGATIVE_TIMEOUT", "SHORT_TIMEOUT"})
    void readPollsFailWhileAWriterWaits(Form form) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        Held reader = holdElsewhere(lock, Mode.READ);
        try (Bunch writer = worker(() -> {
            lock.acquireWrite();
            lock.releaseWrite();
        })) {
            try {
                writer.awaitAllBlocked();
                try (Bunch late = worker(() -> {
                    boolean taken = form.take(lock, Mode.READ);
                    if (taken) lock.releaseRead();
                    assertFalse(taken, "a new reader overtook the waiting writer");
                })) {
                    late.join();
                }
                assertEquals(0, writer.finished());
            } finally {
                reader.close(); // the writer then enters
            }
            writer.join();
        }
        assertFalse(lock.isWriteLocked());
        assertEquals(0, lock.readHolds());
    }

    @Property("writer-preference")
    @ParameterizedTest // a writer that gives up does not keep the readers queued behind it waiting
    @EnumSource(value = Form.class, names = {"UNTIMED", "SHORT_TIMEOUT"})
    @SuppressWarnings("try") // the resource is used only for its close()
    void readersQueuedBehindAWriterThatGivesUpEnter(Form writerForm) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        try (Held first = holdElsewhere(lock, Mode.READ); Bunch writer = worker(() -> {
            try {
                assertFalse(writerForm.take(lock, Mode.WRITE), "the writer got in although a reader stayed");
            } catch (InterruptedException expected) {
                // UNTIMED: interrupted below
            }
        })) {
            writer.awaitAllBlocked();
            try (Bunch reader = worker(() -> {
                lock.acquireRead();
                lock.releaseRead();
            })) {
                reader.awaitAllBlocked(); // behind the writer (or already through, if it gave up first)
                if (writerForm == Form.UNTIMED) writer.threads().get(0).interrupt();
                writer.join();
                reader.join(); // while the first reader still reads
            }
            assertEquals(1, lock.readHolds());
        }
        assertEquals(0, lock.readHolds());
    }

    // ---------------------------------------------------------------- no upgrade

    @Property("upgrade-refused")
    @ParameterizedTest // javadoc (No upgrade): every write acquisition refuses it at once; nothing changes
    @EnumSource(Form.class)
    void anUpgradeIsRefusedAtOnceAndTheReadHoldIsKept(Form form) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        assertNoneWaits(1, "the upgrade waits instead of being refused", () -> {
            lock.acquireRead();
            try {
                IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class,
                        () -> form.take(lock, Mode.WRITE));
                assertEquals(UPGRADE, e.getMessage());
                assertEquals(1, lock.readHolds());
                assertFalse(lock.isWriteLocked());
            } finally {
                lock.releaseRead();
            }
        });
        assertTrue(lock.tryAcquireWrite(), "free once the read hold is given back");
        lock.releaseWrite();
    }

    @Property("upgrade-refused")
    @Test // javadoc (No upgrade): two such threads would wait for each other
    void twoReadersAskingForTheWriteLockAreBothRefusedInsteadOfDeadlocking() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        SpinRendezvous bothReading = new SpinRendezvous(2); // spins, so that a parked reader is in acquireWrite
        assertNoneWaits(2, "two readers asking for the write lock wait for each other: a deadlock", () -> {
            lock.acquireRead();
            try {
                bothReading.await();
                IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, lock::acquireWrite);
                assertEquals(UPGRADE, e.getMessage());
            } finally {
                lock.releaseRead();
            }
        });
        assertEquals(0, lock.readHolds());
        assertFalse(lock.isWriteLocked());
    }

    @Property("upgrade-refused")
    @Test // javadoc (No upgrade): release the read holds first
    void aThreadThatGaveBackEveryReadHoldMayWrite() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        lock.acquireRead();
        lock.acquireRead();
        lock.releaseRead();
        assertUpgradeRefused(lock);
        lock.releaseRead();
        assertTrue(lock.tryAcquireWrite());
        assertTrue(lock.isWriteLocked());
        lock.releaseWrite();
    }

    // ---------------------------------------------------------------- downgrade

    @Property("downgrade")
    @Test // javadoc (Downgrade): the writer may take read holds; releasing the write lock leaves it a reader
    void theWriterMayDowngradeToAReader() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        lock.acquireWrite();
        assertTrue(lock.tryAcquireRead(), "the writer's read hold must not wait");
        assertEquals(1, lock.readHolds());
        lock.releaseWrite();
        assertFalse(lock.isWriteLocked());
        assertEquals(1, lock.readHolds());
        try (Bunch other = worker(() -> {
            assertTrue(lock.tryAcquireRead(), "a reader may join the downgraded writer");
            lock.releaseRead();
            assertFalse(lock.tryAcquireWrite(), "the downgraded writer still reads");
        })) {
            other.join();
        }
        lock.releaseRead();
        assertEquals(0, lock.readHolds());
    }

    @Property("downgrade")
    @Test // javadoc (Downgrade): waiting readers may join it
    void aDowngradeLetsTheWaitingReadersIn() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        lock.acquireWrite();
        try (Bunch readers = bunch(2, () -> {
            lock.acquireRead();
            lock.releaseRead();
        })) {
            readers.awaitAllBlocked();
            lock.acquireRead();
            lock.releaseWrite();
            readers.join(); // while the downgraded writer still reads
            assertEquals(1, lock.readHolds());
        }
        lock.releaseRead();
    }

    // ---------------------------------------------------------------- reentrancy

    @Property("read-write-reentrancy")
    @Test // javadoc (Reentrancy): each acquisition needs its own release
    void readHoldsAreReentrantAndEachNeedsItsOwnRelease() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        lock.acquireRead();
        assertTrue(lock.tryAcquireRead());
        assertTrue(lock.tryAcquireRead(0, TimeUnit.SECONDS));
        assertEquals(3, lock.readHolds());
        lock.releaseRead();
        lock.releaseRead();
        assertWriteRefusedElsewhere(lock);
        lock.releaseRead();
        assertEquals(0, lock.readHolds());
        assertWriteFreeElsewhere(lock);
    }

    @Property("read-write-reentrancy")
    @Test // javadoc (Reentrancy): the write lock again while it owns it
    void theWriteLockIsReentrantAndFreeOnlyAfterItsLastRelease() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        lock.acquireWrite();
        assertTrue(lock.tryAcquireWrite());
        assertTrue(lock.tryAcquireWrite(-1, TimeUnit.SECONDS)); // a poll: the owner re-enters
        assertTrue(lock.tryAcquireWrite(SHORT_MILLIS, TimeUnit.MILLISECONDS));
        for (int i = 0; i < 3; i++) lock.releaseWrite();
        assertTrue(lock.isWriteLocked(), "one write hold is still outstanding");
        assertWriteRefusedElsewhere(lock);
        lock.releaseWrite();
        assertFalse(lock.isWriteLocked());
        assertWriteFreeElsewhere(lock);
    }

    @Property("read-write-reentrancy")
    @ParameterizedTest // javadoc (Reentrancy): a thread that holds the lock never waits for another read hold
    @EnumSource(Mode.class)
    void aHolderIsNotHeldBackByAWaitingWriter(Mode held) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        Form.UNTIMED.take(lock, held);
        try (Bunch writer = worker(() -> {
            lock.acquireWrite();
            lock.releaseWrite();
        })) {
            try {
                writer.awaitAllBlocked();
                assertTrue(lock.tryAcquireRead(SHORT_MILLIS, TimeUnit.MILLISECONDS),
                        "a thread holding the lock (" + held + ") waited behind a writer for itself");
                lock.releaseRead();
            } finally {
                held.release(lock);
            }
            writer.join();
        }
        assertEquals(0, lock.readHolds());
    }

    // ---------------------------------------------------------------- release without a hold

    @Property("non-owner-release-refused")
    @Test // javadoc (releaseRead): refused if the current thread holds no read hold
    @SuppressWarnings("try") // the resource is used only for its close()
    void releasingAReadHoldTheThreadDoesNotHaveIsRefused() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        assertReadReleaseRefused(lock);
        try (Held other = holdElsewhere(lock, Mode.READ)) {
            assertReadReleaseRefused(lock);
            assertEquals(1, lock.readHolds(), "a refused release changed the count");
        }
        lock.acquireWrite();
        assertReadReleaseRefused(lock);
        assertTrue(lock.isWriteLocked());
        lock.releaseWrite();
        assertEquals(0, lock.readHolds());
    }

    @Property("non-owner-release-refused")
    @Test // javadoc (releaseWrite): refused if the current thread does not own the write lock
    @SuppressWarnings("try") // the resource is used only for its close()
    void releasingAWriteLockTheThreadDoesNotOwnIsRefused() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        assertWriteReleaseRefused(lock);
        try (Held other = holdElsewhere(lock, Mode.WRITE)) {
            assertWriteReleaseRefused(lock);
            assertTrue(lock.isWriteLocked(), "a refused release freed the lock");
        }
        lock.acquireRead();
        assertWriteReleaseRefused(lock);
        assertEquals(1, lock.readHolds());
        lock.releaseRead();
        assertFalse(lock.isWriteLocked());
    }

    // ---------------------------------------------------------------- memory effects

    @Property("release-acquire-visibility")
    @Test // javadoc (Memory consistency effects): writes before releaseWrite are seen after a later read hold
    void writesMadeUnderTheWriteLockAreSeenByALaterReader() throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        int[] data = {0}; // plain: only the lock orders it
        try (Bunch writer = worker(() -> {
            lock.acquireWrite();
            data[0] = 42;
            lock.releaseWrite();
        })) {
            writer.join();
        }
        try (Bunch reader = worker(() -> {
            lock.acquireRead();
            try {
                assertEquals(42, data[0]);
            } finally {
                lock.releaseRead();
            }
        })) {
            reader.join();
        }
    }

}
