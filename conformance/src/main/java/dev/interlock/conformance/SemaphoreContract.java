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
import dev.interlock.subjects.SemaphoreSubject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The counting-semaphore contract: CPython's {@code lock_tests.BaseSemaphoreTests} (3.13), plus
 * the bad-input, timeout, interruption and stress cases of {@link dev.interlock.Semaphore}'s
 * javadoc. Shared by {@link UnboundedSemaphoreContract} and {@link BoundedSemaphoreContract}.
 *
 * <p>Python's {@code acquire()} returns {@code True} when it does not block for ever; here the
 * untimed {@code acquire()} is void, so "returned {@code True}" is "returned normally" (D2).
 */
public abstract class SemaphoreContract extends Contract {

    /** A new semaphore with the given initial value ({@code semtype(value)}). */
    protected abstract SemaphoreSubject newSemaphore(int value);

    /** CPython's default value: {@code semtype()} is {@code semtype(1)}. */
    private SemaphoreSubject newDefaultSemaphore() {
        return newSemaphore(1);
    }

    /**
     * A semaphore with no free unit but room for {@code room} releases, so that a test releasing
     * to waiters holds for a bounded semaphore too: {@code semtype(room)} with every unit taken.
     */
    private SemaphoreSubject newDrainedSemaphore(int room) {
        SemaphoreSubject sem = newSemaphore(room);
        for (int i = 0; i < room; i++) assertTrue(sem.tryAcquire(), "unit " + i + " of " + room);
        return sem;
    }

    /** A test that fails must not leave the test thread interrupted for the next one. */
    @AfterEach
    final void clearInterruptStatusOfTestThread() {
        Thread.interrupted();
    }

    // ---------------------------------------------------------------- CPython BaseSemaphoreTests

    @Property("bad-input-rejected")
    @Deviation("D5")
    @Test // CPython: BaseSemaphoreTests.test_constructor (-sys.maxsize becomes Integer.MIN_VALUE: Deviation D19)
    void negativeInitialValueIsRejected() {
        for (int value : new int[] {-1, Integer.MIN_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> newSemaphore(value));
            assertEquals("semaphore initial value must be >= 0", e.getMessage());
        }
        assertEquals(0, newSemaphore(0).availablePermits(), "Semaphore(0) is valid");
    }

    @Property("counting")
    @Test // CPython: BaseSemaphoreTests.test_acquire
    void acquireTakesFreeUnitsWithoutBlocking() throws InterruptedException {
        SemaphoreSubject one = newSemaphore(1);
        one.acquire();
        assertEquals(0, one.availablePermits());
        one.release();
        assertEquals(1, one.availablePermits());

        SemaphoreSubject two = newSemaphore(2);
        two.acquire();
        two.acquire();
        assertEquals(0, two.availablePermits());
        two.release();
        two.release();
        assertEquals(2, two.availablePermits());
    }

    @Property("counting")
    @Test // CPython: BaseSemaphoreTests.test_acquire_destroy (adapted: Java has no destructor to run)
    void heldSemaphoreCanBeAbandoned() throws InterruptedException {
        SemaphoreSubject sem = newDefaultSemaphore();
        sem.acquire();
        assertEquals(0, sem.availablePermits());
        sem = null; // dropping the only reference to a held semaphore is harmless: nothing to clean up
    }

    @Property("blocked-acquire-woken-by-release")
    @Test // CPython: BaseSemaphoreTests.test_acquire_contended
    void contendedAcquireLetsThroughExactlyOneWaiterPerReleasedUnit() throws InterruptedException {
        runPhasedAcquisitions((sem, units) -> {
            for (int i = 0; i < units; i++) sem.release();
        });
    }

    @Property("blocked-acquire-woken-by-release")
    @Test // CPython: BaseSemaphoreTests.test_multirelease
    void multiReleaseLetsThroughExactlyAsManyWaitersAsUnits() throws InterruptedException {
        runPhasedAcquisitions(SemaphoreSubject::release);
    }

    @Property("try-acquire")
    @Test // CPython: BaseSemaphoreTests.test_try_acquire
    void tryAcquireTakesAUnitOnlyWhileOneIsFree() {
        SemaphoreSubject sem = newSemaphore(2);
        assertTrue(sem.tryAcquire());
        assertTrue(sem.tryAcquire());
        assertFalse(sem.tryAcquire());
        assertEquals(0, sem.availablePermits());
        sem.release();
        assertTrue(sem.tryAcquire());
    }

    @Property("try-acquire")
    @Test // CPython: BaseSemaphoreTests.test_try_acquire_contended
    void contendedTryAcquireSucceedsExactlyOncePerFreeUnit() throws InterruptedException {
        SemaphoreSubject sem = newSemaphore(4);
        sem.acquire();
        List<Boolean> results = Collections.synchronizedList(new ArrayList<>());
        try (Bunch bunch = bunch(5, () -> {
            results.add(sem.tryAcquire());
            results.add(sem.tryAcquire());
        })) {
            bunch.join();
        }
        assertEquals(7, Collections.frequency(results, false), "results " + results);
        assertEquals(3, Collections.frequency(results, true), "results " + results);
        assertEquals(0, sem.availablePermits());
    }

    @Property("timeouts")
    @Test // CPython: BaseSemaphoreTests.test_acquire_timeout. Its acquire(False, timeout=1.0) ValueError
          // has no Java form: tryAcquire() takes no timeout (Deviation D2).
    void timedAcquireTakesAFreeUnitAndTimesOutWhenNoneIsReleased() throws InterruptedException {
        SemaphoreSubject sem = newSemaphore(2);
        assertTrue(sem.tryAcquire(5, TimeUnit.MILLISECONDS));
        assertTrue(sem.tryAcquire(5, TimeUnit.MILLISECONDS));
        assertTimesOut(sem, 5);
        sem.release();
        assertTrue(sem.tryAcquire(5, TimeUnit.MILLISECONDS));
        assertTimesOut(sem, 100);
        assertEquals(0, sem.availablePermits());
    }

    @Property("blocked-acquire-woken-by-release")
    @Test // CPython: BaseSemaphoreTests.test_default_value
    void defaultSemaphoreHasOneUnitSoASecondAcquirerBlocks() throws InterruptedException {
        SemaphoreSubject sem = newDefaultSemaphore();
        assertEquals(1, sem.availablePermits());
        sem.acquire();
        try (Bunch bunch = worker(() -> {
            sem.acquire();
            sem.release();
        })) {
            bunch.awaitAllBlocked();
            assertEquals(0, bunch.finished());
            sem.release();
        }
        assertEquals(1, sem.availablePermits());
    }

    @Property("guard-releases-once")
    @Deviation("D18")
    @Test // CPython: BaseSemaphoreTests.test_with (`with sem:` is try-with-resources on guard())
    void guardHoldsOneUnitAndNestedGuardsReleaseBoth() throws InterruptedException {
        SemaphoreSubject sem = newSemaphore(2);
        withNestedGuards(sem, null);
        assertEquals(2, sem.availablePermits());
        assertTrue(sem.tryAcquire());
        sem.release();
    }

    @Property("guard-releases-once")
    @Test // CPython: BaseSemaphoreTests.test_with (the TypeError half)
    void exceptionInNestedGuardsPropagatesAndBothUnitsAreReleased() {
        SemaphoreSubject sem = newSemaphore(2);
        IllegalStateException thrown = new IllegalStateException("raised inside the guarded block");
        IllegalStateException caught =
                assertThrows(IllegalStateException.class, () -> withNestedGuards(sem, thrown));
        assertEquals(thrown, caught);
        assertEquals(2, sem.availablePermits());
        assertTrue(sem.tryAcquire());
        sem.release();
    }

    // ------------------------------------------------------------------ bad input and release(n)

    @Property("bad-input-rejected")
    @Deviation("D5")
    @Test // CPython: Semaphore.release ValueError("n must be one or more")
    void releaseOfLessThanOneUnitIsRejectedAndChangesNothing() {
        SemaphoreSubject sem = newSemaphore(1);
        for (int n : new int[] {0, -1, Integer.MIN_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sem.release(n));
            assertEquals("n must be one or more", e.getMessage(), "release(" + n + ")");
            assertEquals(1, sem.availablePermits(), "release(" + n + ")");
        }
    }

    @Property("blocked-acquire-woken-by-release")
    @Test // CPython: Semaphore.release(n) notifies n waiters (python-threading.md 2.4)
    void releaseOfNUnitsLetsNBlockedWaitersThrough() throws InterruptedException {
        SemaphoreSubject sem = newDrainedSemaphore(4);
        try (Bunch bunch = bunch(4, sem::acquire)) {
            bunch.awaitAllBlocked();
            sem.release(4);
            bunch.join();
        }
        assertEquals(0, sem.availablePermits());
    }

    @Property("blocked-acquire-woken-by-release")
    @Test // CPython: Semaphore.release(n) wakes min(n, waiters) (gh-141196)
    void releaseOfTwoUnitsLetsExactlyTwoOfThreeBlockedWaitersThrough() throws InterruptedException {
        SemaphoreSubject sem = newDrainedSemaphore(3);
        Set<Thread> passed = ConcurrentHashMap.newKeySet();
        try (Bunch bunch = bunch(3, () -> {
            sem.acquire();
            passed.add(Thread.currentThread());
        })) {
            bunch.awaitAllBlocked();
            sem.release(2);
            Deadlines.awaitTrue("two waiters passed", () -> passed.size() >= 2);
            awaitBlockedExcept(bunch, passed);
            assertEquals(2, passed.size(), "waiters through after release(2)");
            assertEquals(0, sem.availablePermits());
            sem.release();
        }
        assertEquals(3, passed.size());
        assertEquals(0, sem.availablePermits());
    }

    // ------------------------------------------------------------------------------- timeouts

    @Property("non-positive-timeout-polls")
    @Deviation("D1")
    @Test // As CPython's Semaphore.acquire: timeout <= 0 polls, negative too
    void nonPositiveTimeoutPollsWithoutWaiting() throws InterruptedException {
        SemaphoreSubject sem = newSemaphore(1);
        assertTrue(sem.tryAcquire(0, TimeUnit.SECONDS));
        assertFalse(sem.tryAcquire(0, TimeUnit.SECONDS));
        assertFalse(sem.tryAcquire(-1, TimeUnit.SECONDS));
        assertFalse(sem.tryAcquire(Long.MIN_VALUE, TimeUnit.NANOSECONDS));
        sem.release();
        assertTrue(sem.tryAcquire(-5, TimeUnit.SECONDS), "a negative timeout still takes a free unit");
        assertEquals(0, sem.availablePermits());
    }

    @Property("timeouts")
    @Test // The timed wait ends with the unit when another thread releases one in time
    void timedAcquireReturnsTrueWhenAUnitIsReleasedWhileWaiting() throws InterruptedException {
        SemaphoreSubject sem = newDrainedSemaphore(1);
        AtomicBoolean acquired = new AtomicBoolean();
        try (Bunch bunch = worker(() -> acquired.set(sem.tryAcquire(Deadlines.DEFAULT.toMillis(), TimeUnit.MILLISECONDS)))) {
            bunch.awaitAllBlocked();
            sem.release();
        }
        assertTrue(acquired.get());
        assertEquals(0, sem.availablePermits());
    }

    @Property("huge-timeout-waits")
    @Deviation("D3")
    @Test // No TIMEOUT_MAX / OverflowError; a huge timeout saturates and waits
    void hugeTimeoutWaitsForARelease() throws InterruptedException {
        SemaphoreSubject sem = newDrainedSemaphore(1);
        AtomicBoolean acquired = new AtomicBoolean();
        try (Bunch bunch = worker(() -> acquired.set(sem.tryAcquire(Long.MAX_VALUE, TimeUnit.DAYS)))) {
            bunch.awaitAllBlocked();
            sem.release();
        }
        assertTrue(acquired.get());
        assertEquals(0, sem.availablePermits());
    }

    // --------------------------------------------------------------------------- interruption

    @Property("interrupted-acquire-throws")
    @Deviation("D4")
    @Test // Interrupt status set on entry
    void interruptibleAcquireWithInterruptStatusSetThrowsAndTakesNoUnit() {
        SemaphoreSubject sem = newSemaphore(1);
        List<Executable> acquires = List.of(
                sem::acquire,
                () -> sem.tryAcquire(1, TimeUnit.SECONDS),
                () -> sem.tryAcquire(0, TimeUnit.SECONDS),
                () -> sem.guard().close());
        for (Executable acquire : acquires) {
            assertInterruptedOnEntry(acquire);
            assertEquals(1, sem.availablePermits(), "no unit taken");
        }
    }

    @Property("interrupted-acquire-throws")
    @Deviation("D4")
    @Test // Interrupted while blocked in acquire()
    void acquireInterruptedWhileBlockedThrowsAndTakesNoUnit() throws InterruptedException {
        assertInterruptedWaiterTakesNoUnit(SemaphoreSubject::acquire);
    }

    @Property("interrupted-acquire-throws")
    @Deviation("D4")
    @Test // Interrupted while blocked in a timed tryAcquire
    void timedAcquireInterruptedWhileBlockedThrowsAndTakesNoUnit() throws InterruptedException {
        assertInterruptedWaiterTakesNoUnit(sem -> sem.tryAcquire(Deadlines.DEFAULT.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Property("interrupted-acquire-throws")
    @Deviation("D4")
    @Test // The unit released after an interrupt goes to the waiter that is left
    void unitReleasedAfterAWaiterIsInterruptedGoesToAnotherWaiter() throws InterruptedException {
        SemaphoreSubject sem = newDrainedSemaphore(1);
        try (Bunch interrupted = worker(() -> assertThrows(InterruptedException.class, sem::acquire));
                Bunch other = worker(sem::acquire)) {
            interrupted.awaitAllBlocked();
            other.awaitAllBlocked();
            interrupted.threads().get(0).interrupt();
            interrupted.join();
            assertEquals(0, other.finished(), "the other waiter is still waiting");
            sem.release();
            other.join();
        }
        assertEquals(0, sem.availablePermits());
    }

    @Property("interrupted-acquire-throws")
    @Deviation("D4")
    @Test // An interrupt racing a release never loses nor duplicates the unit
    void interruptRacingAReleaseNeitherLosesNorDuplicatesTheUnit() throws InterruptedException {
        for (int round = 0; round < 25; round++) {
            SemaphoreSubject sem = newDrainedSemaphore(1);
            AtomicBoolean firstAcquired = new AtomicBoolean();
            try (Bunch first = worker(() -> {
                        try {
                            sem.acquire();
                            firstAcquired.set(true);
                        } catch (InterruptedException e) {
                            // expected when the interrupt wins; the unit must then go to the other waiter
                        }
                    });
                    Bunch second = worker(sem::acquire)) {
                first.awaitAllBlocked();
                second.awaitAllBlocked();
                first.threads().get(0).interrupt();
                sem.release();
                first.join();
                if (firstAcquired.get()) {
                    second.awaitAllBlocked(); // the only unit went to the first waiter
                    assertEquals(0, sem.availablePermits(), "round " + round);
                    sem.release();
                }
                second.join();
            }
            assertEquals(0, sem.availablePermits(), "round " + round);
        }
    }

    @Property("acquire-uninterruptibly")
    @Deviation("D4")
    @Test // The uninterruptible acquire keeps waiting and keeps the interrupt
    void acquireUninterruptiblyKeepsWaitingWhenInterruptedAndReturnsWithStatusSet() throws InterruptedException {
        SemaphoreSubject sem = newDrainedSemaphore(1);
        AtomicBoolean interruptedOnReturn = new AtomicBoolean();
        try (Bunch bunch = worker(() -> {
            sem.acquireUninterruptibly();
            interruptedOnReturn.set(Thread.currentThread().isInterrupted());
        })) {
            bunch.awaitAllBlocked();
            bunch.threads().get(0).interrupt();
            bunch.awaitAllBlocked();
            assertEquals(0, bunch.finished(), "still waiting after the interrupt");
            sem.release();
        }
        assertTrue(interruptedOnReturn.get(), "interrupt status set on return");
        assertEquals(0, sem.availablePermits(), "it returned with the released unit, not without one");

        sem.release();
        Thread.currentThread().interrupt();
        sem.acquireUninterruptibly(); // a free unit is taken despite the status
        assertTrue(Thread.interrupted(), "interrupt status kept");
        assertEquals(0, sem.availablePermits());
    }

    // ---------------------------------------------------------------------------------- stress

    @Property("permits-conserved")
    @Test // The value is never negative and never more than its units are held at once
    void racingAcquiresAndReleasesKeepTheValueInRangeAndExact() throws InterruptedException {
        int units = 2;
        int workers = 4;
        int rounds = 2_000;
        SemaphoreSubject sem = newSemaphore(units);
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger maxHolders = new AtomicInteger();
        AtomicInteger minValue = new AtomicInteger(units);
        try (Bunch bunch = bunch(workers, () -> {
            for (int i = 0; i < rounds; i++) {
                if (i % 2 == 0) sem.acquire();
                else if (!sem.tryAcquire()) continue;
                maxHolders.accumulateAndGet(holders.incrementAndGet(), Math::max);
                minValue.accumulateAndGet(sem.availablePermits(), Math::min);
                holders.decrementAndGet();
                sem.release();
            }
        })) {
            // The test thread samples the value too, from outside, until every worker is done.
            Deadlines.awaitTrue("every worker done", () -> {
                minValue.accumulateAndGet(sem.availablePermits(), Math::min);
                return bunch.finished() == workers;
            });
        }
        assertTrue(minValue.get() >= 0, "value went negative: " + minValue.get());
        assertTrue(maxHolders.get() <= units, "units held at once: " + maxHolders.get());
        assertEquals(units, sem.availablePermits());
    }

    // --------------------------------------------------------------------------------- helpers

    /**
     * CPython's phased scenario shared by test_acquire_contended and test_multirelease: a
     * semaphore of 7 with one unit taken by the test, 10 workers acquiring twice each, recording
     * the phase in which each acquisition returned. {@code release(sem, n)} adds n units.
     */
    private void runPhasedAcquisitions(PhaseRelease release) throws InterruptedException {
        int value = 7;
        SemaphoreSubject sem = newSemaphore(value);
        sem.acquire();
        AtomicInteger phase = new AtomicInteger();
        AtomicInteger acquisitions = new AtomicInteger(); // CPython's sem_results
        List<Integer> results = Collections.synchronizedList(new ArrayList<>()); // results1 + results2
        Set<Thread> done = ConcurrentHashMap.newKeySet();
        try (Bunch bunch = bunch(10, () -> {
            sem.acquire();
            acquisitions.incrementAndGet();
            results.add(phase.get());
            sem.acquire();
            acquisitions.incrementAndGet();
            done.add(Thread.currentThread()); // before the result main counts, so it is never waited on
            results.add(phase.get());
        })) {
            int phase0 = value - 1; // the units left after the test's own acquire
            awaitPhaseResults(bunch, done, results, phase0);
            assertEquals(Collections.nCopies(phase0, 0), sortedCopy(results));

            phase.set(1);
            release.release(sem, value);
            awaitPhaseResults(bunch, done, results, phase0 + value);
            assertEquals(expectedPhases(phase0, value, 0), sortedCopy(results));

            phase.set(2);
            release.release(sem, value - 1);
            awaitPhaseResults(bunch, done, results, phase0 + value + value - 1);
            assertEquals(expectedPhases(phase0, value, value - 1), sortedCopy(results));
            assertFalse(sem.tryAcquire(), "the semaphore is still taken");

            sem.release(); // lets the last waiter finish
        }
        assertEquals(20, acquisitions.get());
        assertEquals(0, sem.availablePermits());
    }

    /** Adds units in one phase: CPython calls release() n times or release(n) once. */
    @FunctionalInterface
    private interface PhaseRelease {
        void release(SemaphoreSubject sem, int units);
    }

    /** Waits for {@code count} results, then until every worker still acquiring is parked. */
    private static void awaitPhaseResults(Bunch bunch, Set<Thread> done, List<Integer> results, int count) {
        Deadlines.awaitTrue(count + " acquisitions", () -> results.size() >= count);
        awaitBlockedExcept(bunch, done);
        assertEquals(count, results.size(), "acquisitions after the phase's releases");
    }

    /**
     * Returns once every worker not in {@code passed} is parked. A worker must join {@code passed}
     * before the point the test counts, so that a worker on its way out is never waited on.
     */
    private static void awaitBlockedExcept(Bunch bunch, Set<Thread> passed) {
        for (Thread thread : bunch.threads()) {
            if (!passed.contains(thread)) Deadlines.awaitBlocked(thread);
        }
    }

    private static List<Integer> expectedPhases(int phase0, int phase1, int phase2) {
        List<Integer> expected = new ArrayList<>(Collections.nCopies(phase0, 0));
        expected.addAll(Collections.nCopies(phase1, 1));
        expected.addAll(Collections.nCopies(phase2, 2));
        return expected;
    }

    private static List<Integer> sortedCopy(List<Integer> results) {
        synchronized (results) {
            List<Integer> copy = new ArrayList<>(results);
            Collections.sort(copy);
            return copy;
        }
    }

    /** CPython's {@code _with(err)}: two nested {@code with sem:} blocks, optionally raising. */
    @SuppressWarnings("try") // the guards are only closed: that is the `with` under test
    private static void withNestedGuards(SemaphoreSubject sem, RuntimeException err) throws InterruptedException {
        try (Guard outer = sem.guard()) {
            assertTrue(sem.tryAcquire());
            sem.release();
            try (Guard inner = sem.guard()) {
                assertFalse(sem.tryAcquire());
                if (err != null) throw err;
            }
        }
    }

    /** A timed acquire on a semaphore with no free unit returns false after at least the timeout. */
    private static void assertTimesOut(SemaphoreSubject sem, long millis) throws InterruptedException {
        long start = System.nanoTime();
        assertFalse(sem.tryAcquire(millis, TimeUnit.MILLISECONDS));
        long elapsed = System.nanoTime() - start;
        assertTrue(elapsed >= TimeUnit.MILLISECONDS.toNanos(millis), "timed out after " + elapsed + " ns");
    }

    /** A waiter on an empty semaphore, interrupted, throws; the unit released later stays free. */
    private void assertInterruptedWaiterTakesNoUnit(Acquirer acquirer) throws InterruptedException {
        SemaphoreSubject sem = newDrainedSemaphore(1);
        AtomicBoolean statusAfterThrow = new AtomicBoolean(true);
        try (Bunch bunch = worker(() -> {
            assertThrows(InterruptedException.class, () -> acquirer.acquire(sem));
            statusAfterThrow.set(Thread.currentThread().isInterrupted());
        })) {
            bunch.awaitAllBlocked();
            bunch.threads().get(0).interrupt();
        }
        assertFalse(statusAfterThrow.get(), "the interrupt status is cleared by the exception");
        assertEquals(0, sem.availablePermits());
        sem.release();
        assertEquals(1, sem.availablePermits(), "the released unit stays available");
    }

    /** One interruptible way to wait for a unit. */
    @FunctionalInterface
    private interface Acquirer {
        void acquire(SemaphoreSubject sem) throws InterruptedException;
    }
}
