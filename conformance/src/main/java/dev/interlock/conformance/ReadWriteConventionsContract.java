package dev.interlock.conformance;

import dev.interlock.conformance.support.Property;
import static dev.interlock.conformance.ReadWriteForms.SHORT_MILLIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.interlock.Guard;
import dev.interlock.conformance.ReadWriteForms.Form;
import dev.interlock.conformance.ReadWriteForms.Mode;
import dev.interlock.conformance.support.Bunch;
import dev.interlock.conformance.support.Contract;
import dev.interlock.conformance.support.Deadlines;
import dev.interlock.conformance.support.ThrowingRunnable;
import dev.interlock.subjects.ReadWriteLockSubject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The part of the readers–writer contract that every Interlock primitive shares, for both modes:
 * timeouts (a timeout {@code <= 0} polls, a huge one waits), interruption, bad input and guards
 * (Python's {@code with}), plus the helpers of {@link ReadWriteLockContract}, which adds the
 * readers–writer policy. Bind {@link ReadWriteLockContract}, not this class.
 *
 * <p>Each test's property id (for the result records) is in a {@code // property:} comment above it.
 */
public abstract class ReadWriteConventionsContract extends Contract {

    /** The message of a refused upgrade. */
    protected static final String UPGRADE = "cannot acquire write lock while holding read lock";
    /** The message of a refused read release. */
    protected static final String UNACQUIRED_READ = "cannot release un-acquired read lock";
    /** The message of a refused write release. */
    protected static final String UNACQUIRED_WRITE = "cannot release un-acquired write lock";

    /** A new, unlocked lock for each use. */
    protected abstract ReadWriteLockSubject newLock();

    // ---------------------------------------------------------------- interruption

    @Property("interrupted-acquire-throws")
    @ParameterizedTest(name = "{0} {1}") // Deviation D4: status set on entry -> InterruptedException, cleared, nothing taken
    @MethodSource("modesAndInterruptibleForms")
    void interruptedOnEntryThrowsClearsTheStatusAndTakesNothing(Mode mode, Form form) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        try (Bunch other = worker(() -> {
            Thread.currentThread().interrupt();
            assertThrows(InterruptedException.class, () -> {
                if (form.take(lock, mode)) mode.release(lock);
            });
            assertFalse(Thread.currentThread().isInterrupted(), "the interrupted status must be cleared");
        })) {
            other.join();
        }
        assertEquals(0, lock.readHolds());
        assertFalse(lock.isWriteLocked());
    }

    @Property("interrupted-acquire-throws")
    @ParameterizedTest(name = "{0} {1}") // Deviation D4: interrupted while waiting -> InterruptedException, nothing taken
    @MethodSource("modesAndWaitingForms")
    void interruptedWhileWaitingThrowsAndTakesNothing(Mode mode, Form form) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        lock.acquireWrite();
        try (Bunch other = worker(() -> {
            assertThrows(InterruptedException.class, () -> {
                if (form.take(lock, mode)) mode.release(lock);
            });
            assertFalse(Thread.currentThread().isInterrupted(), "the interrupted status must be cleared");
        })) {
            other.awaitAllBlocked();
            other.threads().get(0).interrupt();
            other.join();
        }
        lock.releaseWrite();
        assertEquals(0, lock.readHolds(), "the interrupted waiter took a read hold");
        assertFalse(lock.isWriteLocked(), "the interrupted waiter took the write lock");
    }

    @Property("interrupted-acquire-throws")
    @ParameterizedTest // javadoc (Interruption): a reentrant acquisition never waits, but still throws on entry
    @EnumSource(Mode.class)
    void aReentrantAcquisitionInterruptedOnEntryThrowsAndKeepsTheHolds(Mode mode) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        try (Bunch holder = worker(() -> {
            Form.UNTIMED.take(lock, mode);
            Thread.currentThread().interrupt();
            assertThrows(InterruptedException.class, () -> Form.UNTIMED.take(lock, mode));
            assertFalse(Thread.currentThread().isInterrupted());
            assertEquals(mode == Mode.READ ? 1 : 0, lock.readHolds());
            assertEquals(mode == Mode.WRITE, lock.isWriteLocked());
            mode.release(lock);
        })) {
            holder.join();
        }
        assertEquals(0, lock.readHolds());
        assertFalse(lock.isWriteLocked());
    }

    // ---------------------------------------------------------------- timeouts

    @Property("timeouts")
    @ParameterizedTest // a timed acquisition that cannot be had returns false after at least the timeout
    @EnumSource(Mode.class)
    @SuppressWarnings("try") // the resource is used only for its close()
    void aTimedAcquisitionTimesOutAfterTheTimeout(Mode mode) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        Mode blocking = mode == Mode.READ ? Mode.WRITE : Mode.READ;
        try (Held other = holdElsewhere(lock, blocking); Bunch asker = worker(() -> {
            long start = System.nanoTime();
            boolean taken = Form.SHORT_TIMEOUT.take(lock, mode);
            long elapsed = System.nanoTime() - start;
            if (taken) mode.release(lock);
            assertFalse(taken, mode + " taken although another thread held " + blocking);
            assertTrue(elapsed >= TimeUnit.MILLISECONDS.toNanos(SHORT_MILLIS), "returned early: " + elapsed + " ns");
        })) {
            asker.join();
        }
    }

    @Property("timeouts")
    @ParameterizedTest // a timed acquisition still waiting gets the lock as soon as the holder leaves
    @EnumSource(Mode.class)
    void aTimedAcquisitionSucceedsWhenTheHolderLeavesInTime(Mode mode) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        lock.acquireWrite();
        try (Bunch asker = worker(() -> {
            assertTrue(Form.LONG_TIMEOUT.take(lock, mode));
            mode.release(lock);
        })) {
            asker.awaitAllBlocked();
            lock.releaseWrite();
            asker.join();
        }
        assertFalse(lock.isWriteLocked());
    }

    @Property("non-positive-timeout-polls")
    @ParameterizedTest(name = "{0} {1}") // Deviation D1: a timeout <= 0 polls: takes a free lock, never waits for a held one
    @MethodSource("modesAndNonPositiveTimeouts")
    @SuppressWarnings("try") // the resource is used only for its close()
    void aNonPositiveTimeoutPolls(Mode mode, Form form) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        assertTrue(form.take(lock, mode), "a free lock must be taken");
        mode.release(lock);
        try (Held writer = holdElsewhere(lock, Mode.WRITE); Bunch asker = worker(() -> {
            boolean taken = form.take(lock, mode);
            if (taken) mode.release(lock);
            assertFalse(taken);
        })) {
            asker.join(); // a wait would hang the worker and fail the join
        }
    }

    @Property("huge-timeout-waits")
    @ParameterizedTest // Deviation D3: the largest timeout saturates and waits, rather than overflowing into a poll
    @EnumSource(Mode.class)
    void aHugeTimeoutWaitsUntilTheHolderLeaves(Mode mode) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        assertTrue(mode == Mode.READ ? lock.tryAcquireRead(Long.MAX_VALUE, TimeUnit.DAYS)
                : lock.tryAcquireWrite(Long.MAX_VALUE, TimeUnit.DAYS));
        mode.release(lock);
        lock.acquireWrite();
        try (Bunch asker = worker(() -> {
            assertTrue(mode == Mode.READ ? lock.tryAcquireRead(Long.MAX_VALUE, TimeUnit.DAYS)
                    : lock.tryAcquireWrite(Long.MAX_VALUE, TimeUnit.DAYS));
            mode.release(lock);
        })) {
            asker.awaitAllBlocked();
            assertEquals(0, asker.finished(), "a huge timeout must wait, not poll");
            lock.releaseWrite();
            asker.join();
        }
    }

    // ---------------------------------------------------------------- bad input

    @Property("bad-input-rejected")
    @Test // javadoc (tryAcquireRead/tryAcquireWrite): NullPointerException if unit is null; nothing taken
    void aNullTimeUnitIsRejectedAndTakesNothing() {
        ReadWriteLockSubject lock = newLock();
        assertThrows(NullPointerException.class, () -> lock.tryAcquireRead(1, null));
        assertThrows(NullPointerException.class, () -> lock.tryAcquireWrite(1, null));
        assertEquals(0, lock.readHolds());
        assertFalse(lock.isWriteLocked());
    }

    // ---------------------------------------------------------------- guards

    @Property("guard-releases-once")
    @ParameterizedTest // with lock: -> try (Guard g = ...): the hold is given back when the block ends
    @EnumSource(Mode.class)
    @SuppressWarnings("try") // the guard is used only for its close()
    void aGuardGivesBackItsHoldWhenTheBlockEnds(Mode mode) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        try (Guard held = mode == Mode.READ ? lock.readGuard() : lock.writeGuard()) {
            assertEquals(mode == Mode.READ ? 1 : 0, lock.readHolds());
            assertEquals(mode == Mode.WRITE, lock.isWriteLocked());
        }
        assertWriteFreeElsewhere(lock);
    }

    @Property("guard-releases-once")
    @ParameterizedTest // ... and when the block throws; the exception propagates
    @EnumSource(Mode.class)
    @SuppressWarnings("try") // the guard is used only for its close()
    void aGuardGivesBackItsHoldWhenTheBlockThrows(Mode mode) {
        ReadWriteLockSubject lock = newLock();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            try (Guard held = mode == Mode.READ ? lock.readGuard() : lock.writeGuard()) {
                throw new IllegalStateException("from the body");
            }
        });
        assertEquals("from the body", thrown.getMessage());
        assertWriteFreeElsewhere(lock);
    }

    @Property("guard-releases-once")
    @ParameterizedTest // Deviation D18: a second close() must not give back a later hold
    @EnumSource(Mode.class)
    void closingAGuardTwiceDoesNotGiveBackALaterHold(Mode mode) throws InterruptedException {
        ReadWriteLockSubject lock = newLock();
        Guard guard = mode == Mode.READ ? lock.readGuard() : lock.writeGuard();
        guard.close();
        Form.UNTIMED.take(lock, mode);
        guard.close();
        assertEquals(mode == Mode.READ ? 1 : 0, lock.readHolds(), "the second close() gave back a hold that was not its own");
        assertEquals(mode == Mode.WRITE, lock.isWriteLocked(), "the second close() gave back a hold that was not its own");
        mode.release(lock);
    }

    // ---------------------------------------------------------------- helpers

    /** A hold taken by a worker and kept until closed; closing gives it back and joins the worker. */
    record Held(Bunch holder, CountDownLatch leave) implements AutoCloseable {
        @Override
        public void close() {
            leave.countDown();
            holder.close();
        }
    }

    /** Starts a worker that takes a hold in {@code mode} and keeps it until the result is closed. */
    final Held holdElsewhere(ReadWriteLockSubject lock, Mode mode) throws InterruptedException {
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        Held held = new Held(worker(() -> {
            Form.UNTIMED.take(lock, mode);
            taken.countDown();
            awaitLatch(leave);
            mode.release(lock);
        }), leave);
        try {
            awaitLatch(taken);
        } catch (AssertionError | InterruptedException e) {
            leave.countDown();
            throw e;
        }
        return held;
    }

    /**
     * Runs {@code n} workers of {@code task}, none of which may wait: once each has finished its
     * task or is parked (in the lock: nothing else in the task parks), the parked ones are
     * interrupted, so that the test ends instead of hanging on a broken lock, and the test fails.
     */
    final void assertNoneWaits(int n, String what, ThrowingRunnable task) {
        Set<Thread> finished = ConcurrentHashMap.newKeySet();
        try (Bunch bunch = bunch(n, () -> {
            try {
                task.run();
            } finally {
                finished.add(Thread.currentThread());
            }
        })) {
            Deadlines.awaitTrue("every worker finished or parked", () -> bunch.threads().stream()
                    .allMatch(t -> finished.contains(t) || isParked(t)));
            List<Thread> waiting = bunch.threads().stream().filter(t -> !finished.contains(t)).toList();
            if (!waiting.isEmpty()) {
                waiting.forEach(Thread::interrupt);
                fail(what + " (" + waiting.size() + " of " + n + " workers parked)");
            }
        }
    }

    /** Parked with a blocker, as a thread waiting in a lock is; a monitor (BLOCKED) does not count. */
    static boolean isParked(Thread thread) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) && LockSupport.getBlocker(thread) != null;
    }

    /**
     * When a racing loop stops at the latest, whatever its round count: a quarter of the deadline
     * from now, so that it always ends well inside the deadline of the join that waits for it, even
     * on a slow machine or with a short {@code interlock.deadline.seconds}. A bound on effort, never
     * pacing: a fast machine runs every round.
     */
    static long effortDeadline() {
        return System.nanoTime() + Deadlines.DEFAULT.toNanos() / 4;
    }

    /** Whether {@link #effortDeadline()}'s moment has passed. */
    static boolean pastEffort(long effortDeadline) {
        return System.nanoTime() - effortDeadline > 0;
    }

    /** Waits, within the deadline, for a latch counted down by another thread. */
    protected static void awaitLatch(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(Deadlines.DEFAULT.toNanos(), TimeUnit.NANOSECONDS), "latch not reached");
    }

    static void assertUpgradeRefused(ReadWriteLockSubject lock) {
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, lock::tryAcquireWrite);
        assertEquals(UPGRADE, e.getMessage());
    }

    static void assertReadReleaseRefused(ReadWriteLockSubject lock) {
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, lock::releaseRead);
        assertEquals(UNACQUIRED_READ, e.getMessage());
    }

    static void assertWriteReleaseRefused(ReadWriteLockSubject lock) {
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, lock::releaseWrite);
        assertEquals(UNACQUIRED_WRITE, e.getMessage());
    }

    /** Asserts, from another thread, that the write lock cannot be had now. */
    final void assertWriteRefusedElsewhere(ReadWriteLockSubject lock) {
        worker(() -> {
            boolean taken = lock.tryAcquireWrite();
            if (taken) lock.releaseWrite();
            assertFalse(taken, "the write lock was free for another thread");
        }).close();
    }

    /** Asserts, from another thread, that the lock is free in both modes. */
    final void assertWriteFreeElsewhere(ReadWriteLockSubject lock) {
        assertFalse(lock.isWriteLocked());
        assertEquals(0, lock.readHolds());
        worker(() -> {
            assertTrue(lock.tryAcquireWrite(), "the lock is still held");
            lock.releaseWrite();
        }).close();
    }

    static Stream<Arguments> modesAndPolls() {
        return modesAnd(Form.POLL, Form.ZERO_TIMEOUT, Form.NEGATIVE_TIMEOUT, Form.SHORT_TIMEOUT);
    }

    static Stream<Arguments> modesAndInterruptibleForms() {
        return modesAnd(Stream.of(Form.values()).filter(f -> f.interruptible).toArray(Form[]::new));
    }

    static Stream<Arguments> modesAndWaitingForms() {
        return modesAnd(Form.UNTIMED, Form.GUARD, Form.LONG_TIMEOUT);
    }

    static Stream<Arguments> modesAndNonPositiveTimeouts() {
        return modesAnd(Form.ZERO_TIMEOUT, Form.NEGATIVE_TIMEOUT);
    }

    private static Stream<Arguments> modesAnd(Form... forms) {
        return Stream.of(Mode.values()).flatMap(mode -> Stream.of(forms).map(form -> Arguments.of(mode, form)));
    }
}
