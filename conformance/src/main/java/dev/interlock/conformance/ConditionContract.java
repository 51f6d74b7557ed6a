package dev.interlock.conformance;

import static dev.interlock.conformance.support.Interrupts.assertInterruptedOnEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.Guard;
import dev.interlock.conformance.support.Bunch;
import dev.interlock.conformance.support.Contract;
import dev.interlock.conformance.support.Deadlines;
import dev.interlock.conformance.support.Deviation;
import dev.interlock.conformance.support.Parking;
import dev.interlock.conformance.support.Property;
import dev.interlock.subjects.ConditionSubject;
import dev.interlock.subjects.MutexSubject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The condition contract: CPython's {@code lock_tests.ConditionTests} plus the Java-only cases
 * (interruption, timeouts {@code <= 0}, the lost-signal race CPython has and Interlock must not).
 * Bind it with two factories: a condition over a reentrant lock (Python's default) and one over a
 * plain lock, returned with that lock.
 *
 * <p>Where a test must know that a waiter is in the condition's wait rather than waiting for the
 * lock, it compares park blockers ({@link Parking}); it assumes, as AQS and Interlock do, that a
 * condition parks all its waiters on one blocker object and the lock parks on another.
 */
public abstract class ConditionContract extends Contract {

    private static final int N = 5;
    private static final long TIMEOUT_MILLIS = 100;
    /** Never expires in a passing run; shorter than the join deadline, so a lost signal shows as {@code false}. */
    private static final long LONG_MILLIS = Deadlines.DEFAULT.toMillis() / 2;
    private static final long RACE_TIMEOUT_MILLIS = 5;
    private static final int RACE_ITERATIONS = 200;
    private static final String WAIT_UNACQUIRED = "cannot wait on un-acquired lock";
    private static final String NOTIFY_UNACQUIRED = "cannot notify on un-acquired lock";

    /** A new condition over a new reentrant lock: Python's {@code Condition()}. */
    protected abstract ConditionSubject newCondition();

    /** A new condition over a new plain lock, with that lock: Python's {@code Condition(Lock())}. */
    protected abstract ConditionOverLock newConditionOverPlainLock();

    // ---- CPython ConditionTests -------------------------------------------------------------

    @Property("condition-lock")
    @Test
    void defaultConditionLockIsReentrant() throws InterruptedException {
        // CPython: ConditionTests.test_acquire (first part)
        ConditionSubject cond = newCondition();
        cond.acquire();
        cond.acquire();
        assertFalse(isFreeForAnotherThread(cond));
        cond.release();
        assertFalse(isFreeForAnotherThread(cond), "one release freed a lock acquired twice");
        cond.release();
        assertTrue(isFreeForAnotherThread(cond));
    }

    @Property("condition-lock")
    @Test
    @SuppressWarnings("try") // the guard is held for its scope: Python's `with cond:`
    void conditionOverAPlainLockAcquiresAndReleasesThatLock() throws InterruptedException {
        // CPython: ConditionTests.test_acquire (second part)
        ConditionOverLock subject = newConditionOverPlainLock();
        ConditionSubject cond = subject.condition();
        MutexSubject lock = subject.lock();
        cond.acquire();
        assertFalse(lock.tryAcquire());
        cond.release();
        assertTrue(lock.tryAcquire());
        assertFalse(cond.tryAcquire());
        lock.release();
        try (Guard held = cond.guard()) {
            assertFalse(lock.tryAcquire());
        }
        assertFalse(lock.isLocked());
    }

    @Property("await-or-signal-without-lock-refused")
    @Deviation("D5")
    @Test
    void waitingWithoutTheLockThrows() {
        // CPython: ConditionTests.test_unacquired_wait
        assertEveryWaitThrowsUnacquired(newCondition());
        assertEveryWaitThrowsUnacquired(newConditionOverPlainLock().condition());
    }

    @Property("await-or-signal-without-lock-refused")
    @Test
    void waitingOnAReentrantLockOwnedByAnotherThreadThrows() throws InterruptedException {
        // CPython: ConditionTests.test_unacquired_wait, with the RLock's real owner check (python-threading.md 2.3)
        ConditionSubject cond = newCondition();
        cond.acquire();
        worker(() -> assertEveryWaitThrowsUnacquired(cond)).join();
        cond.release();
    }

    private static void assertEveryWaitThrowsUnacquired(ConditionSubject cond) {
        assertUnacquired(WAIT_UNACQUIRED, cond::await);
        assertUnacquired(WAIT_UNACQUIRED, () -> cond.await(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
        assertUnacquired(WAIT_UNACQUIRED, () -> cond.await(0, TimeUnit.MILLISECONDS));
        assertUnacquired(WAIT_UNACQUIRED, () -> cond.awaitFor(() -> false));
        assertUnacquired(WAIT_UNACQUIRED, () -> cond.awaitFor(() -> false, TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
    }

    @Property("await-or-signal-without-lock-refused")
    @Deviation("D5")
    @Test
    void signallingWithoutTheLockThrows() {
        // CPython: ConditionTests.test_unacquired_notify (notify(0) and notify(-1) check first too)
        assertEverySignalThrowsUnacquired(newCondition());
        assertEverySignalThrowsUnacquired(newConditionOverPlainLock().condition());
    }

    @Property("await-or-signal-without-lock-refused")
    @Test
    void signallingOnAReentrantLockOwnedByAnotherThreadThrows() throws InterruptedException {
        // CPython: ConditionTests.test_unacquired_notify, with the RLock's real owner check
        ConditionSubject cond = newCondition();
        cond.acquire();
        worker(() -> assertEverySignalThrowsUnacquired(cond)).join();
        cond.release();
    }

    private static void assertEverySignalThrowsUnacquired(ConditionSubject cond) {
        assertUnacquired(NOTIFY_UNACQUIRED, cond::signal);
        for (int n : new int[] {1, 3, 0, -1}) assertUnacquired(NOTIFY_UNACQUIRED, () -> cond.signal(n));
        assertUnacquired(NOTIFY_UNACQUIRED, cond::signalAll);
    }

    private static void assertUnacquired(String message, Executable call) {
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, call);
        assertEquals(message, e.getMessage());
    }

    @Property("signal-wakes-waiters")
    @Test
    void signalWakesExactlyNWaitersThatReturnOnlyAfterTheSignallerReleases() throws InterruptedException {
        // CPython: ConditionTests.test_notify (twice on the same condition); Deviation D10
        ConditionSubject cond = newCondition();
        new ConditionNotifyCheck(cond, this::bunch).run();
        new ConditionNotifyCheck(cond, this::bunch).run();
    }

    @Property("timeouts")
    @Test
    void timedAwaitWithoutSignalReturnsFalseAfterTheTimeout() throws InterruptedException {
        // CPython: ConditionTests.test_timeout (no spurious wakeups)
        ConditionSubject cond = newCondition();
        List<Long> elapsed = Collections.synchronizedList(new ArrayList<>());
        bunch(N, () -> {
            cond.acquire();
            long start = System.nanoTime();
            boolean signalled = cond.await(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            elapsed.add(System.nanoTime() - start);
            cond.release();
            assertFalse(signalled, "a wait nobody signalled returned true");
        }).join();
        assertEquals(N, elapsed.size());
        for (long nanos : elapsed) assertTimedOut(nanos, TIMEOUT_MILLIS);
    }

    private static void assertTimedOut(long nanos, long timeoutMillis) {
        assertTrue(nanos >= TimeUnit.MILLISECONDS.toNanos(timeoutMillis),
                "returned after " + nanos + " ns, before the " + timeoutMillis + " ms timeout");
    }

    @Property("await-for-predicate")
    @Test
    @SuppressWarnings("try") // the guard is held for its scope: Python's `with cond:`
    void awaitForReturnsOnceSignalsMakeThePredicateTrue() throws InterruptedException {
        // CPython: ConditionTests.test_waitfor; every signal leads to exactly one re-evaluation
        ConditionSubject cond = newCondition();
        int[] state = {0}; // guarded by the condition's lock
        AtomicInteger evaluations = new AtomicInteger();
        try (Bunch bunch = worker(() -> {
            try (Guard held = cond.guard()) {
                assertTrue(cond.awaitFor(() -> {
                    evaluations.incrementAndGet();
                    return state[0] == 4;
                }));
                assertEquals(4, state[0]);
            }
        })) {
            for (int i = 1; i <= 4; i++) {
                int evaluated = i;
                Deadlines.awaitTrue("predicate evaluated " + evaluated + " times", () -> evaluations.get() >= evaluated);
                Deadlines.awaitBlocked(bunch.threads().get(0));
                try (Guard held = cond.guard()) {
                    state[0]++;
                    cond.signal();
                }
            }
        }
        assertEquals(5, evaluations.get(), "the predicate was not evaluated once per signal");
    }

    @Property("await-for-predicate")
    @Test
    @SuppressWarnings("try") // the guard is held for its scope: Python's `with cond:`
    void timedAwaitForReturnsFalseAfterTheTimeoutWhenThePredicateStaysFalse() throws InterruptedException {
        // CPython: ConditionTests.test_waitfor_timeout
        ConditionSubject cond = newCondition();
        int[] state = {0}; // guarded by the condition's lock
        AtomicInteger evaluations = new AtomicInteger();
        AtomicInteger success = new AtomicInteger();
        try (Bunch bunch = worker(() -> {
            try (Guard held = cond.guard()) {
                long start = System.nanoTime();
                boolean result = cond.awaitFor(() -> {
                    evaluations.incrementAndGet();
                    return state[0] == 4;
                }, TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                long nanos = System.nanoTime() - start;
                assertFalse(result);
                assertTimedOut(nanos, TIMEOUT_MILLIS);
                success.incrementAndGet();
            }
        })) {
            for (int i = 1; i <= 3; i++) { // only 3 increments: state == 4 is never reached
                int evaluated = i;
                Deadlines.awaitTrue("predicate evaluated " + evaluated + " times, or timed out",
                        () -> evaluations.get() >= evaluated || bunch.finished() == 1);
                try (Guard held = cond.guard()) {
                    state[0]++;
                    cond.signal();
                }
            }
        }
        assertEquals(1, success.get());
    }

    // ---- Interlock promises beyond the CPython tests ----------------------------------------

    @Property("await-for-predicate")
    @Test
    void awaitForWithATruePredicateReturnsAtOnceWithoutTheLock() throws InterruptedException {
        // python-threading.md 2.3 and 3.10: wait_for checks the predicate before the ownership
        ConditionSubject cond = newCondition();
        AtomicInteger evaluations = new AtomicInteger();
        assertTrue(cond.awaitFor(() -> evaluations.incrementAndGet() > 0));
        assertTrue(cond.awaitFor(() -> evaluations.incrementAndGet() > 0, 0, TimeUnit.SECONDS));
        assertTrue(cond.awaitFor(() -> evaluations.incrementAndGet() > 0, LONG_MILLIS, TimeUnit.MILLISECONDS));
        assertEquals(3, evaluations.get(), "the predicate was evaluated more than once per call");
        assertUnacquired("cannot release un-acquired lock", cond::release); // the lock was never taken
    }

    @Property("non-positive-timeout-polls")
    @Deviation("D1")
    @Test
    void awaitForWithANonPositiveTimeoutWaitsOnceAndReevaluates() throws InterruptedException {
        // As Python's wait_for(pred, 0) and wait_for(pred, -5): poll once
        ConditionSubject cond = newCondition();
        cond.acquire();
        for (long timeout : new long[] {0, -1, Long.MIN_VALUE}) {
            AtomicInteger evaluations = new AtomicInteger();
            assertFalse(cond.awaitFor(() -> evaluations.incrementAndGet() < 0, timeout, TimeUnit.MILLISECONDS));
            assertEquals(2, evaluations.get(), "timeout " + timeout);
        }
        assertHeldExactly(cond, 1);
    }

    @Property("non-positive-timeout-polls")
    @Deviation("D1")
    @Test
    void awaitWithANonPositiveTimeoutStillReleasesAndReacquiresTheLock() throws InterruptedException {
        // python-threading.md 1.2: wait(t <= 0) releases and re-acquires, returns False.
        // A thread blocked on the lock gets in only while a poll has released it.
        ConditionSubject cond = newCondition();
        AtomicBoolean entered = new AtomicBoolean();
        cond.acquire();
        try (Bunch bunch = worker(() -> {
            cond.acquire();
            entered.set(true);
            cond.release();
        })) {
            Deadlines.awaitBlocked(bunch.threads().get(0));
            long[] timeouts = {0, -1, Long.MIN_VALUE};
            long deadline = System.nanoTime() + Deadlines.DEFAULT.toNanos();
            for (int polls = 0; !entered.get(); polls++) {
                assertTrue(System.nanoTime() - deadline < 0, "the blocked thread never got the lock during a poll");
                assertFalse(cond.await(timeouts[polls % timeouts.length], TimeUnit.MILLISECONDS));
            }
        }
        assertHeldExactly(cond, 1);
    }

    @Property("signal-wakes-waiters")
    @Test
    void signalOfZeroOrLessWakesNobody() throws InterruptedException {
        // CPython: notify(n) with n <= 0 does nothing (python-threading.md 2.3)
        ConditionSubject cond = newCondition();
        try (Bunch bunch = worker(() -> {
            cond.acquire();
            boolean signalled = cond.await(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            cond.release();
            assertFalse(signalled, "signal(0) or signal(-1) woke the waiter");
        })) {
            Deadlines.awaitBlocked(bunch.threads().get(0));
            cond.acquire();
            cond.signal(0);
            cond.signal(-1);
            cond.release();
        }
    }

    @Property("signal-wakes-waiters")
    @Test
    void signalWithNoWaitersIsNotRemembered() throws InterruptedException {
        // CPython: notify() with no waiters does nothing (python-threading.md 2.3)
        ConditionSubject cond = newCondition();
        cond.acquire();
        cond.signal();
        cond.signal(3);
        cond.signalAll();
        assertFalse(cond.await(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS), "a waiter consumed an earlier signal");
        cond.release();
    }

    @Property("signal-wakes-waiters")
    @Test
    void signalWakesWaitersInTheOrderTheyWaited() throws InterruptedException {
        // python-threading.md 3.4: notify chooses waiters in the order they called wait()
        ConditionSubject cond = newCondition();
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<Bunch> waiters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int id = i;
            Bunch waiter = worker(() -> {
                cond.acquire();
                cond.await();
                order.add(id);
                cond.release();
            });
            Deadlines.awaitBlocked(waiter.threads().get(0));
            waiters.add(waiter);
        }
        for (int i = 1; i <= 3; i++) {
            cond.acquire();
            cond.signal();
            cond.release();
            int woken = i;
            Deadlines.awaitTrue(woken + " waiters returned", () -> order.size() >= woken);
        }
        for (Bunch waiter : waiters) waiter.join();
        assertEquals(List.of(0, 1, 2), order);
    }

    @Property("await-releases-reentrant-hold")
    @Test
    void waitingFullyReleasesARecursivelyHeldLockAndRestoresItsCount() throws InterruptedException {
        // python-threading.md 2.3: _release_save / _acquire_restore keep the recursion level
        ConditionSubject cond = newCondition();
        try (Bunch bunch = worker(() -> {
            cond.acquire();
            cond.acquire();
            cond.acquire();
            cond.await();
            assertHeldExactly(cond, 3);
        })) {
            Deadlines.awaitBlocked(bunch.threads().get(0));
            assertTrue(cond.tryAcquire(), "the waiter did not release all 3 holds");
            cond.signal();
            cond.release();
        }
    }

    @Property("interrupted-await-throws")
    @Deviation("D4")
    @Test
    void awaitThrowsWhenInterruptedOnEntryWithTheLockStillHeld() throws InterruptedException {
        // Waiting methods that are about to wait throw at once. awaitFor with a true
        // predicate never waits: it returns true, the interrupted status untouched (the javadoc of
        // awaitFor; its predicate is evaluated first, as in CPython).
        ConditionSubject cond = newCondition();
        worker(() -> {
            cond.acquire();
            cond.acquire();
            assertInterruptedOnEntry(cond::await);
            assertInterruptedOnEntry(() -> cond.await(LONG_MILLIS, TimeUnit.MILLISECONDS));
            assertInterruptedOnEntry(() -> cond.await(0, TimeUnit.MILLISECONDS));
            assertInterruptedOnEntry(() -> cond.awaitFor(() -> false));
            assertInterruptedOnEntry(() -> cond.awaitFor(() -> false, LONG_MILLIS, TimeUnit.MILLISECONDS));
            Thread.currentThread().interrupt();
            assertTrue(cond.awaitFor(() -> true));
            assertTrue(Thread.interrupted(), "awaitFor with a true predicate cleared the interrupted status");
            assertHeldExactly(cond, 2);
        }).join();
    }

    @Property("interrupted-await-throws")
    @Deviation("D4")
    @Test
    void waiterInterruptedWhileWaitingReacquiresTheLockAndThrows() throws InterruptedException {
        // For the timed and predicate waits
        ConditionSubject cond = newCondition();
        assertInterruptedWhileWaiting(cond, () -> cond.await(LONG_MILLIS, TimeUnit.MILLISECONDS));
        assertInterruptedWhileWaiting(cond, () -> cond.awaitFor(() -> false));
        assertInterruptedWhileWaiting(cond, () -> cond.awaitFor(() -> false, LONG_MILLIS, TimeUnit.MILLISECONDS));
    }

    private void assertInterruptedWhileWaiting(ConditionSubject cond, Executable await) throws InterruptedException {
        try (Bunch bunch = worker(() -> {
            cond.acquire();
            assertThrows(InterruptedException.class, await);
            assertFalse(Thread.currentThread().isInterrupted(), "interrupted status not cleared");
            assertHeldExactly(cond, 1);
        })) {
            Thread waiter = bunch.threads().get(0);
            Deadlines.awaitBlocked(waiter);
            waiter.interrupt();
        }
    }

    @Property("interrupted-await-throws")
    @Deviation("D4")
    @Test
    void interruptedWaiterConsumesNoSignal() throws InterruptedException {
        // A waits first and is interrupted; the next signal must wake B
        ConditionSubject cond = newCondition();
        Object waiting = conditionBlocker(cond);
        AtomicReference<Boolean> signalledB = new AtomicReference<>();
        try (Bunch a = worker(() -> {
            cond.acquire();
            assertThrows(InterruptedException.class, cond::await);
            assertFalse(Thread.currentThread().isInterrupted(), "interrupted status not cleared");
            assertHeldExactly(cond, 1);
        })) {
            Thread waiterA = a.threads().get(0);
            Deadlines.awaitTrue("A in the condition's wait", () -> Parking.isParkedOn(waiterA, waiting));
            try (Bunch b = worker(() -> {
                cond.acquire();
                signalledB.set(cond.await(LONG_MILLIS, TimeUnit.MILLISECONDS));
                cond.release();
            })) {
                Thread waiterB = b.threads().get(0);
                Deadlines.awaitTrue("B in the condition's wait", () -> Parking.isParkedOn(waiterB, waiting));
                cond.acquire();
                waiterA.interrupt();
                // A has given up its place once it waits for the lock this thread holds.
                Deadlines.awaitTrue("A waiting for the lock", () -> Parking.isBlockedElsewhere(waiterA, waiting));
                cond.signal();
                cond.release();
            }
        }
        assertEquals(Boolean.TRUE, signalledB.get(), "the signal went to the interrupted waiter");
    }

    @Property("signal-not-lost")
    @Deviation("D9")
    @Test
    void aSignalThatMeetsAnExpiringTimeoutIsNeverLost() throws InterruptedException {
        // python-threading.md 3.1: CPython 3.9-3.13 lose this signal. Waiter A
        // (short timeout) waits before B (long timeout); the signaller holds the lock while A's
        // timeout expires, then signals once. Half the rounds signal the moment A leaves its park
        // (racing A's timeout); the others once A waits for the lock (CPython's losing case). At
        // most RACE_ITERATIONS rounds, and none started after half the deadline: a slow machine
        // runs fewer rounds rather than failing for lack of time.
        ConditionSubject cond = newCondition();
        Object waiting = conditionBlocker(cond);
        long end = System.nanoTime() + Deadlines.DEFAULT.dividedBy(2).toNanos();
        for (int round = 0; round < RACE_ITERATIONS && (round < 2 || System.nanoTime() - end < 0); round++) {
            signalRacingATimeout(cond, waiting, round % 2 == 0);
        }
    }

    private void signalRacingATimeout(ConditionSubject cond, Object waiting, boolean atOnce) throws InterruptedException {
        AtomicReference<Boolean> signalledA = new AtomicReference<>();
        AtomicReference<Boolean> signalledB = new AtomicReference<>();
        try (Bunch a = worker(() -> {
            cond.acquire();
            signalledA.set(cond.await(RACE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
            cond.release();
        })) {
            Thread waiterA = a.threads().get(0);
            // A may already have timed out on a slow machine; the round is then a plain signal to B.
            Deadlines.awaitTrue("A waiting", () -> Parking.isParkedOn(waiterA, waiting) || signalledA.get() != null);
            try (Bunch b = worker(() -> {
                cond.acquire();
                signalledB.set(cond.await(LONG_MILLIS, TimeUnit.MILLISECONDS));
                cond.release();
            })) {
                Thread waiterB = b.threads().get(0);
                Deadlines.awaitTrue("B in the condition's wait", () -> Parking.isParkedOn(waiterB, waiting));
                cond.acquire();
                if (atOnce) {
                    Parking.spinUntil("A leaving its park", () -> !Parking.isParkedOn(waiterA, waiting));
                } else {
                    Deadlines.awaitTrue("A timed out and waiting for the lock",
                            () -> Parking.isBlockedElsewhere(waiterA, waiting) || signalledA.get() != null);
                }
                cond.signal();
                cond.release();
                a.join();
                assertNotNull(signalledA.get());
                if (signalledA.get()) { // A took the signal: B must still be waiting for its own
                    assertNull(signalledB.get(), "one signal woke both waiters");
                    cond.acquire();
                    cond.signal();
                    cond.release();
                }
            }
        }
        assertEquals(Boolean.TRUE, signalledB.get(), "the signal was lost: neither waiter took it");
    }

    @Property("signal-over-plain-lock-needs-no-owner")
    @Deviation("D16")
    @Test
    void aThreadThatDoesNotHoldAPlainLockMaySignalWhileAnotherHoldsIt() throws InterruptedException {
        // python-threading.md 3.9: a Condition over a plain Lock checks "locked by someone"
        ConditionOverLock subject = newConditionOverPlainLock();
        ConditionSubject cond = subject.condition();
        MutexSubject lock = subject.lock();
        AtomicReference<Boolean> signalled = new AtomicReference<>();
        try (Bunch waiter = worker(() -> {
            cond.acquire();
            signalled.set(cond.await(LONG_MILLIS, TimeUnit.MILLISECONDS));
            cond.release();
        })) {
            Deadlines.awaitBlocked(waiter.threads().get(0));
            lock.acquire(); // this thread holds the plain lock; the signaller below does not
            worker(() -> {
                cond.signal();
                cond.signal(2);
                cond.signalAll();
            }).join();
            lock.release();
        }
        assertEquals(Boolean.TRUE, signalled.get());
        assertFalse(lock.isLocked());
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Whether another thread can acquire the condition's lock now (it releases it at once). */
    private boolean isFreeForAnotherThread(ConditionSubject cond) throws InterruptedException {
        AtomicBoolean acquired = new AtomicBoolean();
        worker(() -> {
            if (cond.tryAcquire()) {
                acquired.set(true);
                cond.release();
            }
        }).join();
        return acquired.get();
    }

    /**
     * Asserts that the current thread holds the reentrant condition's lock exactly {@code holds}
     * times: that many releases succeed and one more throws. Leaves the lock released.
     */
    private static void assertHeldExactly(ConditionSubject cond, int holds) {
        for (int i = 0; i < holds; i++) cond.release();
        assertUnacquired("cannot release un-acquired lock", cond::release);
    }

    /** The blocker the condition's waiters park on, learnt from a waiter that is then signalled. */
    private Object conditionBlocker(ConditionSubject cond) throws InterruptedException {
        try (Bunch probe = worker(() -> {
            cond.acquire();
            cond.await();
            cond.release();
        })) {
            Object blocker = Parking.blockerOf(probe.threads().get(0));
            cond.acquire();
            cond.signal();
            cond.release();
            return blocker;
        }
    }
}
