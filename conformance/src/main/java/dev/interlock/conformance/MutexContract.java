package dev.interlock.conformance;

import static dev.interlock.conformance.support.Interrupts.assertInterruptedOnEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.Guard;
import dev.interlock.conformance.support.Bunch;
import dev.interlock.conformance.support.Contract;
import dev.interlock.conformance.support.Deadlines;
import dev.interlock.conformance.support.Deviation;
import dev.interlock.conformance.support.Property;
import dev.interlock.conformance.support.RaceRounds;
import dev.interlock.subjects.MutexSubject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every lock promises, reentrant or not: CPython's {@code BaseLockTests} (lock_tests.py)
 * plus the Java-side contract of timeouts, interruption and guards. {@link LockContract} and
 * {@link RLockContract} add what differs between a plain and a reentrant lock.
 *
 * <p>Not ported: {@code test_repr}/{@code test_locked_repr} (toString belongs to the primitive's
 * API test, deviation D17), {@code test_acquire_destroy} (Java has no destructor: dropping a held
 * lock has no observable effect), {@code test_weakref_exists}/{@code test_weakref_deleted}
 * (CPython object model), {@code test_constructor_noargs} (3.15-dev, Python call signature).
 *
 * @param <S> the subject under test
 */
public abstract class MutexContract<S extends MutexSubject> extends Contract {

    /** A short timeout for waits that must expire: long enough to measure, short enough to be cheap. */
    protected static final long SHORT_MILLIS = 100;

    /** A new, unlocked lock for each use. */
    protected abstract S newLock();

    // CPython: BaseLockTests.test_constructor
    @Property("acquire-release")
    @Test
    void newLockIsUnlocked() {
        S lock = newLock();
        assertFalse(lock.isLocked());
    }

    // CPython: BaseLockTests.test_acquire_release
    @Property("acquire-release")
    @Test
    void acquireLocksAndReleaseUnlocks() throws InterruptedException {
        S lock = newLock();
        lock.acquire();
        assertTrue(lock.isLocked());
        lock.release();
        assertFalse(lock.isLocked());
    }

    // CPython: BaseLockTests.test_try_acquire
    @Property("try-acquire")
    @Test
    void tryAcquireTakesAFreeLock() {
        S lock = newLock();
        assertTrue(lock.tryAcquire());
        assertTrue(lock.isLocked());
        lock.release();
        assertFalse(lock.isLocked());
    }

    // CPython: BaseLockTests.test_try_acquire_contended
    @Property("try-acquire")
    @Test
    void tryAcquireFailsWhileAnotherThreadHoldsTheLock() throws InterruptedException {
        S lock = newLock();
        lock.acquire();
        try (Bunch other = worker(() -> assertFalse(lock.tryAcquire()))) {
            other.join();
        }
        assertTrue(lock.isLocked(), "a failed tryAcquire must not unlock");
        lock.release();
    }

    // CPython: RLockTests.test_locked_with_2threads (3.14), for every lock: the state is shared
    @Property("acquire-release")
    @Test
    void isLockedIsVisibleFromAnotherThread() throws InterruptedException {
        S lock = newLock();
        try (Bunch other = worker(() -> assertFalse(lock.isLocked()))) {
            other.join();
        }
        lock.acquire();
        try (Bunch other = worker(() -> assertTrue(lock.isLocked()))) {
            other.join();
        }
        lock.release();
    }

    // CPython: BaseLockTests.test_acquire_contended
    @Property("blocked-acquire-woken-by-release")
    @Test
    void acquireBlocksUntilTheHolderReleases() throws InterruptedException {
        S lock = newLock();
        lock.acquire();
        try (Bunch bunch = bunch(5, () -> {
            lock.acquire();
            lock.release();
        })) {
            bunch.awaitAllBlocked();
            assertEquals(0, bunch.finished(), "no worker may pass acquire() while the lock is held");
            lock.release();
            bunch.join();
            assertEquals(5, bunch.finished());
        }
        assertFalse(lock.isLocked());
    }

    // The C docstring: "If other threads are blocked in acquire, exactly one of them proceeds."
    @Property("blocked-acquire-woken-by-release")
    @Test
    void releaseLetsExactlyOneBlockedThreadProceed() throws InterruptedException {
        S lock = newLock();
        AtomicInteger inside = new AtomicInteger();
        CountDownLatch leave = new CountDownLatch(1);
        lock.acquire();
        try (Bunch bunch = bunch(3, () -> {
            lock.acquire();
            inside.incrementAndGet();
            leave.await(); // hold the lock: the others must stay blocked
            lock.release();
        })) {
            bunch.awaitAllBlocked();
            lock.release();
            Deadlines.awaitTrue("one worker acquired the released lock", () -> inside.get() >= 1);
            bunch.awaitAllBlocked(); // one in leave.await(), two still in acquire()
            assertEquals(1, inside.get());
            leave.countDown();
            bunch.join();
            assertEquals(3, inside.get());
        }
        assertFalse(lock.isLocked());
    }

    // CPython: BaseLockTests.test_thread_leak (adapted: 15 workers acquire and release; every
    // one of them finishes and the lock ends free; Java has no dummy-thread registry to leak into)
    @Property("blocked-acquire-woken-by-release")
    @Test
    void manyShortLivedWorkersAllFinishAndLeaveTheLockFree() throws InterruptedException {
        S lock = newLock();
        try (Bunch bunch = bunch(15, () -> {
            lock.acquire();
            lock.release();
        })) {
            bunch.join();
            assertEquals(15, bunch.finished());
            bunch.threads().forEach(thread -> assertFalse(thread.isAlive(), thread.getName()));
        }
        assertFalse(lock.isLocked());
    }

    // Mutual exclusion under contention: a plain counter guarded by the lock loses no update.
    @Property("mutual-exclusion")
    @Test
    void contendedIncrementsUnderTheLockAreNeverLost() throws InterruptedException {
        S lock = newLock();
        int workers = 4;
        int increments = 10_000;
        int[] counter = {0}; // deliberately not atomic: only the lock protects it
        AtomicInteger occupants = new AtomicInteger();
        try (Bunch bunch = bunch(workers, () -> {
            for (int i = 0; i < increments; i++) {
                lock.acquire();
                try {
                    assertEquals(1, occupants.incrementAndGet(), "two threads inside the lock");
                    counter[0]++;
                    occupants.decrementAndGet();
                } finally {
                    lock.release();
                }
            }
        })) {
            bunch.join();
        }
        lock.acquire(); // the happens-before edge that makes counter[0] safe to read
        assertEquals(workers * increments, counter[0]);
        lock.release();
    }

    // Mutual exclusion at the instant of a race: two threads tryAcquire the free lock at the same
    // moment, round after round, and exactly one gets it. (A check-then-act lock lets both in, a
    // race the contended counter above only meets by chance.) At most 5,000 rounds, within half
    // the deadline.
    @Property("mutual-exclusion")
    @Test
    void ofTwoRacingTryAcquiresExactlyOneSucceeds() {
        S lock = newLock();
        AtomicInteger ids = new AtomicInteger();
        AtomicInteger succeeded = new AtomicInteger();
        RaceRounds race = RaceRounds.withinHalfTheDeadline(2, 5_000);
        bunch(2, () -> {
            boolean checker = ids.getAndIncrement() == 0; // checks each round
            try {
                for (int round = 0; race.next(); round++) {
                    boolean acquired = lock.tryAcquire();
                    if (acquired) succeeded.incrementAndGet();
                    race.await();
                    if (checker) assertEquals(1, succeeded.getAndSet(0), "tryAcquires that succeeded in round " + round);
                    race.await();
                    if (acquired) lock.release(); // by the thread that holds it: an RLock has an owner
                }
            } catch (Throwable t) {
                race.abandon();
                throw t;
            }
        }).close();
        assertFalse(lock.isLocked());
    }

    // CPython: BaseLockTests.test_with
    @Property("guard-releases-once")
    @Test
    @SuppressWarnings("try") // the guard is used only for its close()
    void guardReleasesTheLockWhenTheBlockEnds() throws InterruptedException {
        S lock = newLock();
        try (Guard held = lock.guard()) {
            assertTrue(lock.isLocked());
        }
        assertFreeForAnotherThread(lock);
    }

    // CPython: BaseLockTests.test_with (the block raises TypeError: it propagates, the lock is free)
    @Property("guard-releases-once")
    @Test
    @SuppressWarnings("try") // the guard is used only for its close()
    void guardReleasesTheLockWhenTheBlockThrows() {
        S lock = newLock();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            try (Guard held = lock.guard()) {
                throw new IllegalStateException("from the body");
            }
        });
        assertEquals("from the body", thrown.getMessage());
        assertFreeForAnotherThread(lock);
    }

    // A second close() does nothing; it must not release a later acquisition
    @Property("guard-releases-once")
    @Deviation("D18")
    @Test
    void closingAGuardTwiceDoesNotReleaseALaterAcquisition() throws InterruptedException {
        S lock = newLock();
        Guard guard = lock.guard();
        guard.close();
        assertFalse(lock.isLocked());
        lock.acquire();
        guard.close();
        assertTrue(lock.isLocked(), "the second close() released an acquisition that was not its own");
        lock.release();
        assertFalse(lock.isLocked());
    }

    // CPython: BaseLockTests.test_timeout (acquire(timeout=5) on a free lock returns True at once)
    @Property("timeouts")
    @Test
    void timedTryAcquireTakesAFreeLockWithoutWaiting() throws InterruptedException {
        S lock = newLock();
        long start = System.nanoTime();
        assertTrue(lock.tryAcquire(Deadlines.DEFAULT.toMillis(), TimeUnit.MILLISECONDS));
        long elapsed = System.nanoTime() - start;
        assertTrue(elapsed < Deadlines.DEFAULT.toNanos(), "waited for a free lock: " + elapsed + " ns");
        assertTrue(lock.isLocked());
        lock.release();
    }

    // CPython: BaseLockTests.test_timeout (the contended acquire(timeout=0.5) returns False after >= 0.5 s)
    @Property("timeouts")
    @Test
    void timedTryAcquireFailsAfterTheTimeoutWhileAnotherThreadHoldsTheLock() throws InterruptedException {
        S lock = newLock();
        lock.acquire();
        try (Bunch other = worker(() -> {
            long start = System.nanoTime();
            assertFalse(lock.tryAcquire(SHORT_MILLIS, TimeUnit.MILLISECONDS));
            long elapsed = System.nanoTime() - start;
            assertTrue(elapsed >= TimeUnit.MILLISECONDS.toNanos(SHORT_MILLIS), "returned early: " + elapsed + " ns");
        })) {
            other.join();
        }
        assertTrue(lock.isLocked());
        lock.release();
    }

    // A timed acquire that is still waiting takes the lock as soon as the holder releases it.
    @Property("timeouts")
    @Test
    void timedTryAcquireSucceedsWhenTheHolderReleasesInTime() throws InterruptedException {
        S lock = newLock();
        lock.acquire();
        try (Bunch other = worker(() -> {
            assertTrue(lock.tryAcquire(Deadlines.DEFAULT.toMillis(), TimeUnit.MILLISECONDS));
            lock.release();
        })) {
            other.awaitAllBlocked();
            lock.release();
            other.join();
        }
        assertFalse(lock.isLocked());
    }

    // A timeout <= 0 polls a held lock (Python: acquire(timeout=0) tries once;
    // acquire(timeout=-100) raises ValueError). A wait would hang the worker and fail the join.
    @Property("non-positive-timeout-polls")
    @Deviation("D1")
    @ParameterizedTest
    @EnumSource(NonPositiveTimeout.class)
    void nonPositiveTimeoutPollsAHeldLockWithoutWaiting(NonPositiveTimeout timeout) throws InterruptedException {
        S lock = newLock();
        lock.acquire();
        try (Bunch other = worker(() -> assertFalse(lock.tryAcquire(timeout.amount, timeout.unit)))) {
            other.join();
        }
        assertTrue(lock.isLocked());
        lock.release();
    }

    // A timeout <= 0 on a free lock acquires it
    @Property("non-positive-timeout-polls")
    @Deviation("D1")
    @ParameterizedTest
    @EnumSource(NonPositiveTimeout.class)
    void nonPositiveTimeoutAcquiresAFreeLock(NonPositiveTimeout timeout) throws InterruptedException {
        S lock = newLock();
        assertTrue(lock.tryAcquire(timeout.amount, timeout.unit));
        assertTrue(lock.isLocked());
        lock.release();
    }

    // No TIMEOUT_MAX; the largest timeouts acquire a free lock at once
    // (CPython: BaseLockTests.test_timeout, acquire(timeout=TIMEOUT_MAX) succeeds)
    @Property("huge-timeout-waits")
    @Deviation("D3")
    @ParameterizedTest
    @EnumSource(value = TimeUnit.class, names = {"NANOSECONDS", "DAYS"})
    void hugeTimeoutAcquiresAFreeLockAtOnce(TimeUnit unit) throws InterruptedException {
        S lock = newLock();
        assertTrue(lock.tryAcquire(Long.MAX_VALUE, unit));
        assertTrue(lock.isLocked());
        lock.release();
    }

    // A huge timeout saturates and waits, rather than overflowing into a poll
    @Property("huge-timeout-waits")
    @Deviation("D3")
    @Test
    void hugeTimeoutWaitsForAHeldLockUntilItIsReleased() throws InterruptedException {
        S lock = newLock();
        lock.acquire();
        try (Bunch other = worker(() -> {
            assertTrue(lock.tryAcquire(Long.MAX_VALUE, TimeUnit.DAYS));
            lock.release();
        })) {
            other.awaitAllBlocked();
            assertEquals(0, other.finished(), "a huge timeout must wait, not poll");
            lock.release();
            other.join();
        }
        assertFalse(lock.isLocked());
    }

    // Interrupted status set on entry -> InterruptedException, status cleared, lock not taken
    @Property("interrupted-acquire-throws")
    @Deviation("D4")
    @ParameterizedTest
    @EnumSource(InterruptibleAcquisition.class)
    void interruptedOnEntryThrowsClearsTheStatusAndDoesNotAcquire(InterruptibleAcquisition acquisition)
            throws InterruptedException {
        S lock = newLock();
        try (Bunch other = worker(() -> {
            assertInterruptedOnEntry(() -> acquisition.attempt(lock));
        })) {
            other.join();
        }
        assertFalse(lock.isLocked(), "an interrupted acquisition must not take the lock");
    }

    // Interrupted while waiting -> InterruptedException, status cleared; the lock is
    // not acquired, so it is free once the holder releases it
    @Property("interrupted-acquire-throws")
    @Deviation("D4")
    @ParameterizedTest
    @EnumSource(value = InterruptibleAcquisition.class, names = {"ACQUIRE", "TIMED_TRY_ACQUIRE", "GUARD"})
    void interruptedWhileWaitingThrowsAndDoesNotAcquire(InterruptibleAcquisition acquisition)
            throws InterruptedException {
        S lock = newLock();
        lock.acquire();
        try (Bunch other = worker(() -> {
            assertThrows(InterruptedException.class, () -> acquisition.attempt(lock));
            assertFalse(Thread.currentThread().isInterrupted(), "the interrupted status must be cleared");
        })) {
            other.awaitAllBlocked();
            other.threads().get(0).interrupt();
            other.join();
        }
        lock.release();
        assertFalse(lock.isLocked(), "the interrupted waiter took the lock");
        assertTrue(lock.tryAcquire());
        lock.release();
    }

    // ConditionLock/MutexSubject javadoc: acquireUninterruptibly keeps waiting when interrupted
    // and returns, holding the lock, with the interrupted status set.
    @Property("acquire-uninterruptibly")
    @Deviation("D4")
    @Test
    void acquireUninterruptiblyKeepsWaitingWhenInterruptedAndReturnsWithTheStatusSet() throws InterruptedException {
        S lock = newLock();
        AtomicBoolean released = new AtomicBoolean();
        lock.acquire();
        try (Bunch other = worker(() -> {
            lock.acquireUninterruptibly();
            boolean interrupted = Thread.interrupted(); // read and clear before asserting
            assertTrue(released.get(), "returned before the holder released the lock");
            assertTrue(interrupted, "the interrupted status must be set on return");
            lock.release();
        })) {
            Thread waiter = other.threads().get(0);
            other.awaitAllBlocked();
            waiter.interrupt();
            // The wait takes the interrupt (clearing the status, as every AQS-based lock does)
            // and parks again; had it returned, the worker would have failed or ended instead.
            Deadlines.awaitTrue("the waiter took the interrupt", () -> !waiter.isInterrupted());
            other.awaitAllBlocked();
            released.set(true);
            lock.release();
            other.join();
        }
        assertFalse(lock.isLocked());
    }

    // acquireUninterruptibly on a free lock with the interrupted status set acquires and keeps the status.
    @Property("acquire-uninterruptibly")
    @Deviation("D4")
    @Test
    void acquireUninterruptiblyAcquiresAFreeLockAndKeepsThePendingInterrupt() throws InterruptedException {
        S lock = newLock();
        try (Bunch other = worker(() -> {
            Thread.currentThread().interrupt();
            lock.acquireUninterruptibly();
            boolean interrupted = Thread.interrupted();
            assertTrue(lock.isLocked());
            lock.release();
            assertTrue(interrupted, "the interrupted status must be kept");
        })) {
            other.join();
        }
        assertFalse(lock.isLocked());
    }

    /** Asserts, from another thread, that the lock can be acquired and released: CPython's helper threads in test_with. */
    protected final void assertFreeForAnotherThread(S lock) {
        assertFalse(lock.isLocked());
        worker(() -> {
            assertTrue(lock.tryAcquire(), "the lock is still held");
            lock.release();
        }).close();
    }

    /** Waits, within the deadline, for a latch counted down by a worker. */
    protected static void awaitLatch(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(Deadlines.DEFAULT.toNanos(), TimeUnit.NANOSECONDS), "latch not reached");
    }

    /** Timeouts that must poll (deviation D1). Python rejects the negative ones with ValueError. */
    enum NonPositiveTimeout {
        ZERO(0, TimeUnit.SECONDS),
        MINUS_ONE_NANOSECOND(-1, TimeUnit.NANOSECONDS),
        MINUS_ONE_HUNDRED_SECONDS(-100, TimeUnit.SECONDS),
        LONG_MIN_DAYS(Long.MIN_VALUE, TimeUnit.DAYS);

        final long amount;
        final TimeUnit unit;

        NonPositiveTimeout(long amount, TimeUnit unit) {
            this.amount = amount;
            this.unit = unit;
        }
    }

    /** The interruptible ways to acquire a lock (deviation D4). A successful one is undone. */
    enum InterruptibleAcquisition {
        ACQUIRE {
            @Override
            void attempt(MutexSubject lock) throws InterruptedException {
                lock.acquire();
                lock.release();
            }
        },
        TIMED_TRY_ACQUIRE {
            @Override
            void attempt(MutexSubject lock) throws InterruptedException {
                if (lock.tryAcquire(Deadlines.DEFAULT.toMillis(), TimeUnit.MILLISECONDS)) lock.release();
            }
        },
        ZERO_TIMEOUT_TRY_ACQUIRE {
            @Override
            void attempt(MutexSubject lock) throws InterruptedException {
                if (lock.tryAcquire(0, TimeUnit.SECONDS)) lock.release();
            }
        },
        GUARD {
            @Override
            void attempt(MutexSubject lock) throws InterruptedException {
                lock.guard().close();
            }
        };

        abstract void attempt(MutexSubject lock) throws InterruptedException;
    }
}
