package dev.interlock.conformance;

import static java.util.concurrent.TimeUnit.DAYS;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.NANOSECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.conformance.support.Bunch;
import dev.interlock.conformance.support.Contract;
import dev.interlock.conformance.support.Deadlines;
import dev.interlock.conformance.support.Deviation;
import dev.interlock.conformance.support.Property;
import dev.interlock.conformance.support.ThrowingRunnable;
import dev.interlock.subjects.BarrierSubject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract of a barrier: Python's {@code threading.Barrier}, CPython's {@code
 * lock_tests.BarrierTests} (N = 5 parties) plus the timeout, interruption, reset and action cases
 * of Interlock's {@code Barrier} javadoc.
 *
 * <p>Adapted from CPython: the fixture barrier has no default timeout (CPython's 2 s is only a
 * safety net; here the {@link Bunch} join deadline and the JUnit timeout are), and no test
 * sleeps: where the order of arrivals matters, {@link Parties} starts one party at a time and
 * waits until it is counted waiting, so the arrival order is the start order.
 */
public abstract class BarrierContract extends Contract {
    /** CPython's {@code BarrierTests.N}. */
    protected static final int N = 5;
    /** A short timeout for the waits that are meant to time out. */
    private static final Duration SHORT = Duration.ofMillis(100);

    /** A barrier for {@code parties} threads, with no action and no default timeout. */
    protected abstract BarrierSubject newBarrier(int parties);

    /** A barrier whose {@code action} runs in the last arriving thread of every cycle. */
    protected abstract BarrierSubject newBarrier(int parties, Runnable action);

    /** A barrier whose untimed {@code await()} waits at most {@code defaultTimeout}. */
    protected abstract BarrierSubject newBarrier(int parties, Duration defaultTimeout);

    // ---- construction and basic passing ---------------------------------------------------

    @Property("bad-input-rejected")
    @Deviation("D5")
    @Test
    void constructorRejectsPartiesBelowOne() {
        // CPython: BarrierTests.test_constructor (ValueError -> IllegalArgumentException)
        for (int parties : new int[] {0, -1, Integer.MIN_VALUE}) {
            assertParties(() -> newBarrier(parties));
            assertParties(() -> newBarrier(parties, () -> { }));
            assertParties(() -> newBarrier(parties, SHORT));
        }
    }

    @Property("parties-pass-together")
    @Test
    void partiesPassInLockstep() {
        // CPython: BarrierTests.test_barrier
        passInLockstep(newBarrier(N), 1);
    }

    @Property("parties-pass-together")
    @Test
    void partiesPassInLockstepForTenCycles() {
        // CPython: BarrierTests.test_barrier_10 (the barrier is cyclic)
        passInLockstep(newBarrier(N), 10);
    }

    @Property("trips-once-with-distinct-indices")
    @Test
    void awaitReturnsEveryArrivalIndexOnce() {
        // CPython: BarrierTests.test_wait_return (sum 0+1+2+3+4); here also distinct and exactly {0..4}
        BarrierSubject barrier = newBarrier(N);
        List<Integer> indices = new CopyOnWriteArrayList<>();
        run(N, () -> indices.add(barrier.await()));
        assertEquals(Set.of(0, 1, 2, 3, 4), Set.copyOf(indices));
        assertEquals(N, indices.size());
        assertEquals(10, indices.stream().mapToInt(Integer::intValue).sum());
    }

    @Property("arrival-index-order")
    @Deviation("D15")
    @Test
    void arrivalIndexIsTheArrivalOrderFirstIsZero() {
        // CPython: BarrierTests.test_wait_return (CyclicBarrier numbers the other way)
        BarrierSubject barrier = newBarrier(N);
        try (Parties parties = new Parties(barrier)) {
            for (int i = 0; i < N - 1; i++) {
                int expected = i;
                parties.waiting(() -> assertEquals(expected, barrier.await()));
            }
            parties.arrive(() -> assertEquals(N - 1, barrier.await()));
        }
    }

    @Property("parties-pass-together")
    @Test
    void singlePartyBarrierNeverWaits() {
        // CPython: BarrierTests.test_single_thread
        BarrierSubject barrier = newBarrier(1);
        run(1, () -> {
            assertEquals(0, barrier.await());
            assertEquals(0, barrier.await());
        });
        assertFalse(barrier.isBroken());
    }

    @Property("parties-pass-together")
    @Test
    void partiesAndNumberWaitingDescribeTheCycle() throws InterruptedException {
        // CPython: BarrierTests.multipass (parties, n_waiting == 0 after the cycle)
        BarrierSubject barrier = newBarrier(N);
        assertEquals(N, barrier.getParties());
        assertEquals(0, barrier.getNumberWaiting());
        try (Parties parties = new Parties(barrier)) {
            for (int i = 1; i < N; i++) {
                parties.waiting(barrier::await);
                assertEquals(i, barrier.getNumberWaiting());
            }
            parties.arrive(barrier::await).join();
        }
        assertEquals(0, barrier.getNumberWaiting());
        assertFalse(barrier.isBroken());
        assertEquals(N, barrier.getParties());
    }

    @Property("parties-pass-together")
    @Test
    void partyArrivingWhileTheCycleTripsJoinsTheNextCycle() throws InterruptedException {
        // A thread arriving while the previous cycle drains waits and joins the next cycle. The
        // drain itself cannot be held open through the subject, so the late party arrives while
        // the last party's action runs (the barrier's lock is held): it must not take an index in
        // the tripping cycle, whether it then finds the barrier draining or already filling.
        CountDownLatch actionRunning = new CountDownLatch(1);
        CountDownLatch actionMayEnd = new CountDownLatch(1);
        AtomicInteger cycles = new AtomicInteger();
        BarrierSubject barrier = newBarrier(3, () -> {
            if (cycles.incrementAndGet() == 1) {
                actionRunning.countDown();
                awaitUninterruptibly(actionMayEnd);
            }
        });
        try (Parties parties = new Parties(barrier)) {
            parties.waiting(() -> assertEquals(0, barrier.await()));
            parties.waiting(() -> assertEquals(1, barrier.await()));
            Bunch tripping = parties.arrive(() -> assertEquals(2, barrier.await()));
            actionRunning.await();
            Thread late = parties.arrive(() -> assertEquals(0, barrier.await())).threads().get(0);
            Deadlines.awaitBlocked(late);
            actionMayEnd.countDown();
            tripping.join();

            Deadlines.awaitTrue("the late party waits in the next cycle", () -> barrier.getNumberWaiting() == 1);
            assertEquals(1, cycles.get());
            parties.waiting(() -> assertEquals(1, barrier.await()));
            parties.arrive(() -> assertEquals(2, barrier.await()));
        }
        assertEquals(2, cycles.get());
        assertFalse(barrier.isBroken());
    }

    @Property("huge-timeout-waits")
    @Deviation("D3")
    @Test
    void hugeTimeoutWaitsUntilTheTrip() {
        // No OverflowError: Long.MAX_VALUE ns and saturating units simply wait
        BarrierSubject barrier = newBarrier(3);
        try (Parties parties = new Parties(barrier)) {
            parties.waiting(() -> assertEquals(0, barrier.await(Long.MAX_VALUE, NANOSECONDS)));
            parties.waiting(() -> assertEquals(1, barrier.await(Long.MAX_VALUE, DAYS)));
            parties.arrive(() -> assertEquals(2, barrier.await()));
        }
        assertFalse(barrier.isBroken());
    }

    // ---- the action ------------------------------------------------------------------------

    @Property("barrier-action")
    @Test
    void actionRunsOnceBeforeAnyPartyIsReleased() {
        // CPython: BarrierTests.test_action
        AtomicInteger runs = new AtomicInteger();
        BarrierSubject barrier = newBarrier(N, runs::incrementAndGet);
        run(N, () -> {
            barrier.await();
            assertEquals(1, runs.get());
        });
        assertEquals(1, runs.get());
    }

    @Property("barrier-action")
    @Test
    void actionRunsOncePerCycleInTheLastArrivingThread() {
        // CPython: BarrierTests.test_action; Barrier docs: the action runs in one of the threads
        // (CPython: the last to arrive), while every party is still counted waiting [observed]
        List<Thread> actionThreads = new CopyOnWriteArrayList<>();
        AtomicReference<BarrierSubject> self = new AtomicReference<>();
        List<String> seen = new CopyOnWriteArrayList<>();
        BarrierSubject barrier = newBarrier(3, () -> {
            actionThreads.add(Thread.currentThread());
            seen.add(self.get().getNumberWaiting() + "/" + self.get().isBroken());
        });
        self.set(barrier);
        List<Thread> lastArrivals = new ArrayList<>();
        for (int cycle = 1; cycle <= 2; cycle++) {
            int runsBefore = cycle - 1;
            try (Parties parties = new Parties(barrier)) {
                parties.waiting(barrier::await);
                parties.waiting(barrier::await);
                assertEquals(runsBefore, actionThreads.size(), "the action ran before the last party arrived");
                lastArrivals.add(parties.arrive(barrier::await).threads().get(0));
            }
        }
        assertEquals(lastArrivals, actionThreads);
        assertEquals(List.of("3/false", "3/false"), seen);
    }

    @Property("barrier-action")
    @Test
    void actionThatThrowsBreaksTheBarrierAndItsExceptionReachesTheLastParty() {
        // CPython [observed]: ZeroDivisionError in the last thread, BrokenBarrierError in the others
        RuntimeException failure = new IllegalStateException("action failed");
        BarrierSubject barrier = newBarrier(3, () -> {
            throw failure;
        });
        try (Parties parties = new Parties(barrier)) {
            parties.waiting(() -> assertThrows(BrokenBarrierException.class, barrier::await));
            parties.waiting(() -> assertThrows(BrokenBarrierException.class, barrier::await));
            parties.arrive(() -> assertSame(failure, assertThrows(IllegalStateException.class, barrier::await)));
        }
        assertTrue(barrier.isBroken());
        assertEquals(0, barrier.getNumberWaiting());
        assertThrows(BrokenBarrierException.class, barrier::await);
    }

    @Property("barrier-action")
    @Test
    void actionThatThrowsAnErrorOrACheckedExceptionAlsoBreaksTheBarrier() {
        // Any Throwable out of the action breaks the barrier, not only RuntimeException: an Error,
        // and a checked exception thrown through Runnable (a Kotlin lambda or a "sneaky throw").
        for (Throwable failure : new Throwable[] {new ActionError(), new Exception("action failed")}) {
            BarrierSubject barrier = newBarrier(2, () -> sneakyThrow(failure));
            try (Parties parties = new Parties(barrier)) {
                parties.waiting(() -> assertThrows(BrokenBarrierException.class, barrier::await));
                parties.arrive(() -> assertSame(failure, assertThrows(failure.getClass(), barrier::await)));
            }
            assertTrue(barrier.isBroken(), failure.getClass().getSimpleName());
        }
    }

    // ---- abort and reset ---------------------------------------------------------------------

    @Property("broken-barrier-releases-party")
    @Test
    void abortMakesWaitingAndLaterPartiesFail() {
        // CPython: BarrierTests.test_abort
        BarrierSubject barrier = newBarrier(N);
        AtomicInteger passed = new AtomicInteger();
        AtomicInteger broken = new AtomicInteger();
        run(N, () -> abortOrPassTwice(barrier, passed, broken));
        assertEquals(0, passed.get());
        assertEquals(N - 1, broken.get());
        assertTrue(barrier.isBroken());
    }

    @Property("broken-barrier-releases-party")
    @Test
    void abortBreaksTheBarrierForWaitingPartiesAndEveryAwaitUntilReset() {
        // CPython [observed]: after abort() every wait() raises BrokenBarrierError until reset()
        BarrierSubject barrier = newBarrier(3);
        try (Parties parties = new Parties(barrier)) {
            parties.waiting(() -> assertThrows(BrokenBarrierException.class, barrier::await));
            parties.waiting(() -> assertThrows(BrokenBarrierException.class, () -> barrier.await(1, DAYS)));
            barrier.abort();
        }
        assertTrue(barrier.isBroken());
        assertEquals(0, barrier.getNumberWaiting());
        run(1, () -> {
            assertThrows(BrokenBarrierException.class, barrier::await);
            assertThrows(BrokenBarrierException.class, () -> barrier.await(1, DAYS));
            assertThrows(BrokenBarrierException.class, () -> barrier.await(0, SECONDS));
        });
        assertTrue(barrier.isBroken());
        barrier.reset();
        assertFalse(barrier.isBroken());
        passOnce(barrier);
    }

    @Property("barrier-reset")
    @Test
    void resetReleasesWaitingPartiesWithBrokenBarrier() {
        // CPython: BarrierTests.test_reset
        BarrierSubject barrier = newBarrier(N);
        AtomicInteger passed = new AtomicInteger();
        AtomicInteger broken = new AtomicInteger();
        AtomicInteger passedAgain = new AtomicInteger();
        run(N, () -> {
            if (barrier.await() == N / 2) {
                Deadlines.awaitTrue("the others wait again", () -> barrier.getNumberWaiting() >= N - 1);
                barrier.reset();
            } else {
                secondPass(barrier, passed, broken);
            }
            barrier.await(); // reusable: everyone passes again
            passedAgain.incrementAndGet();
        });
        assertEquals(0, passed.get());
        assertEquals(N - 1, broken.get());
        assertEquals(N, passedAgain.get());
    }

    @Property("barrier-reset")
    @Test
    void abortedBarrierCanBeResetAndPassedAgain() {
        // CPython: BarrierTests.test_abort_and_reset
        BarrierSubject barrier = newBarrier(N);
        BarrierSubject barrier2 = newBarrier(N);
        AtomicInteger passed = new AtomicInteger();
        AtomicInteger broken = new AtomicInteger();
        AtomicInteger passedAfterReset = new AtomicInteger();
        run(N, () -> {
            abortOrPassTwice(barrier, passed, broken);
            // Everyone has left the broken barrier before the reset, and no one enters it before.
            if (barrier2.await() == N / 2) barrier.reset();
            barrier2.await();
            barrier.await();
            passedAfterReset.incrementAndGet();
        });
        assertEquals(0, passed.get());
        assertEquals(N - 1, broken.get());
        assertEquals(N, passedAfterReset.get());
    }

    @Property("barrier-reset")
    @Test
    void resetWhilePartiesWaitBreaksTheirWaitAndLeavesTheBarrierReusable() {
        // CPython [observed]: waiters get BrokenBarrierError; broken is False during and after resetting
        BarrierSubject barrier = newBarrier(3);
        try (Parties parties = new Parties(barrier)) {
            parties.waiting(() -> assertThrows(BrokenBarrierException.class, barrier::await));
            parties.waiting(() -> assertThrows(BrokenBarrierException.class, barrier::await));
            barrier.reset();
            assertFalse(barrier.isBroken());
        }
        assertFalse(barrier.isBroken());
        assertEquals(0, barrier.getNumberWaiting());
        passOnce(barrier);
    }

    @Property("barrier-reset")
    @Test
    void resetOfABrokenBarrierWithNoWaitersMakesItUsable() {
        // CPython: Barrier.reset with no thread inside -> filling, which also clears "broken"
        BarrierSubject barrier = newBarrier(2);
        run(1, () -> assertThrows(TimeoutException.class, () -> barrier.await(0, SECONDS)));
        assertTrue(barrier.isBroken());
        barrier.reset();
        assertFalse(barrier.isBroken());
        assertEquals(0, barrier.getNumberWaiting());
        passOnce(barrier);
    }

    // ---- timeouts ----------------------------------------------------------------------------

    @Property("timeouts")
    @Deviation("D12")
    @Test
    void partyWhoseTimeoutElapsesBreaksTheBarrier() throws InterruptedException {
        // CPython: BarrierTests.test_timeout, adapted without sleeps: the untimed parties already
        // wait, the timed one times out (TimeoutException), the others and a late
        // party get BrokenBarrierException (as CPython's late thread does)
        BarrierSubject barrier = newBarrier(N);
        try (Parties parties = new Parties(barrier)) {
            for (int i = 0; i < N - 2; i++) {
                parties.waiting(() -> assertThrows(BrokenBarrierException.class, barrier::await));
            }
            parties.arrive(() -> assertTimesOut(() -> barrier.await(SHORT.toMillis(), MILLISECONDS))).join();
            assertTrue(barrier.isBroken());
            parties.arrive(() -> assertThrows(BrokenBarrierException.class, barrier::await));
        }
        assertTrue(barrier.isBroken());
        assertEquals(0, barrier.getNumberWaiting());
    }

    @Property("timeouts")
    @Deviation("D12")
    @Test
    void whenTimedPartiesAllTimeOutExactlyOneGetsTimeoutAndTheOthersBrokenBarrier() {
        // CPython: BarrierTests.test_timeout. The party that breaks the barrier gets
        // TimeoutException, those that find it broken BrokenBarrierException (the check and the
        // break happen under the barrier's lock, so exactly one times out)
        BarrierSubject barrier = newBarrier(N);
        AtomicInteger timedOut = new AtomicInteger();
        AtomicInteger broken = new AtomicInteger();
        run(N - 1, () -> {
            long start = System.nanoTime();
            try {
                barrier.await(SHORT.toMillis(), MILLISECONDS);
            } catch (TimeoutException e) {
                assertElapsedAtLeast(SHORT, start);
                timedOut.incrementAndGet();
            } catch (BrokenBarrierException e) {
                broken.incrementAndGet();
            }
        });
        assertEquals(1, timedOut.get());
        assertEquals(N - 2, broken.get());
        assertTrue(barrier.isBroken());
    }

    @Property("timeouts")
    @Deviation("D12")
    @Test
    void defaultTimeoutAppliesToTheUntimedAwait() {
        // CPython: BarrierTests.test_default_timeout (TimeoutException)
        BarrierSubject barrier = newBarrier(2, SHORT);
        run(1, () -> assertTimesOut(barrier::await));
        assertTrue(barrier.isBroken());
    }

    @Property("timeouts")
    @Test
    void explicitTimeoutReplacesTheDefaultTimeout() {
        // Barrier.wait(timeout) uses its own timeout, not the constructor's. The explicitly timed
        // party starts waiting first: had it used the default, it would time out first.
        BarrierSubject barrier = newBarrier(3, SHORT);
        try (Parties parties = new Parties(barrier)) {
            parties.waiting(() -> assertThrows(BrokenBarrierException.class, () -> barrier.await(1, DAYS)));
            parties.arrive(() -> assertTimesOut(barrier::await));
        }
        assertTrue(barrier.isBroken());
    }

    @Property("non-positive-timeout-polls")
    @Deviation("D1")
    @Test
    void nonLastPartyWithTimeoutZeroOrLessTimesOutAtOnceAndBreaksTheBarrier() {
        // A timeout <= 0 polls; the poller gets TimeoutException (Deviation D12). CPython [observed]:
        // wait(0) and wait(-1) break the barrier
        for (long timeout : new long[] {0L, -1L, Long.MIN_VALUE}) {
            BarrierSubject barrier = newBarrier(3);
            breakByPolling(barrier, () -> barrier.await(timeout, SECONDS));
            assertTrue(barrier.isBroken(), "timeout " + timeout);
        }
        for (Duration timeout : new Duration[] {Duration.ZERO, Duration.ofNanos(-1), Duration.ofSeconds(Long.MIN_VALUE)}) {
            BarrierSubject barrier = newBarrier(3, timeout);
            breakByPolling(barrier, barrier::await);
            assertTrue(barrier.isBroken(), "default timeout " + timeout);
        }
    }

    @Property("non-positive-timeout-polls")
    @Test
    void lastPartysTimeoutDoesNotMatter() {
        // CPython [observed]: the last party never waits, so wait(0) by the last party trips the barrier
        BarrierSubject barrier = newBarrier(2);
        for (long timeout : new long[] {0L, -1L}) {
            try (Parties parties = new Parties(barrier)) {
                parties.waiting(() -> assertEquals(0, barrier.await()));
                parties.arrive(() -> assertEquals(1, barrier.await(timeout, SECONDS)));
            }
            assertFalse(barrier.isBroken(), "timeout " + timeout);
        }
    }

    // ---- interruption ---------------------------------------------------------------------------

    @Property("interrupted-party-breaks-barrier")
    @Deviation("D13")
    @Test
    void interruptedWaitingPartyBreaksTheBarrier() {
        // InterruptedException with the status cleared; the others get BrokenBarrierException
        BarrierSubject barrier = newBarrier(3);
        try (Parties parties = new Parties(barrier)) {
            Thread interrupted = parties.waiting(() -> {
                assertThrows(InterruptedException.class, barrier::await);
                assertFalse(Thread.currentThread().isInterrupted());
            });
            parties.waiting(() -> assertThrows(BrokenBarrierException.class, barrier::await));
            interrupted.interrupt();
        }
        assertTrue(barrier.isBroken());
    }

    @Property("interrupted-party-breaks-barrier")
    @Deviation("D13")
    @Test
    void interruptStatusOnEntryBreaksTheBarrierEvenForTheLastParty() {
        // A thread joining a filling cycle with its status set does not trip it
        BarrierSubject barrier = newBarrier(2);
        try (Parties parties = new Parties(barrier)) {
            parties.waiting(() -> assertThrows(BrokenBarrierException.class, barrier::await));
            parties.arrive(() -> {
                Thread.currentThread().interrupt();
                assertThrows(InterruptedException.class, barrier::await);
                assertFalse(Thread.currentThread().isInterrupted());
            });
        }
        assertTrue(barrier.isBroken());
    }

    @Property("interrupted-party-breaks-barrier")
    @Deviation("D13")
    @Test
    void partyInterruptedWhileTheActionRunsReturnsItsIndexWithStatusSet() throws InterruptedException {
        // Once the last party has arrived the cycle trips; an interrupt then is
        // kept as the thread's status, as CyclicBarrier does
        CountDownLatch actionRunning = new CountDownLatch(1);
        CountDownLatch actionMayEnd = new CountDownLatch(1);
        BarrierSubject barrier = newBarrier(2, () -> {
            actionRunning.countDown();
            awaitUninterruptibly(actionMayEnd);
        });
        try (Parties parties = new Parties(barrier)) {
            Thread interrupted = parties.waiting(() -> {
                assertEquals(0, barrier.await());
                assertTrue(Thread.currentThread().isInterrupted());
            });
            parties.arrive(() -> assertEquals(1, barrier.await()));
            actionRunning.await();
            interrupted.interrupt();
            actionMayEnd.countDown();
        }
        assertFalse(barrier.isBroken());
    }

    // ---- helpers -----------------------------------------------------------------------------

    /**
     * Parties started one at a time: {@link #waiting} returns only once the new party is counted
     * waiting and parked, so arrival order is start order and each party knows its index.
     * Closing joins every party and rethrows what any of them threw.
     */
    private final class Parties implements AutoCloseable {
        private final BarrierSubject barrier;
        private final List<Bunch> started = new ArrayList<>();

        Parties(BarrierSubject barrier) {
            this.barrier = barrier;
        }

        /** Starts a party that must end up waiting in the barrier, and returns once it does. */
        Thread waiting(ThrowingRunnable party) {
            int before = barrier.getNumberWaiting();
            Thread thread = arrive(party).threads().get(0);
            Deadlines.awaitTrue(thread.getName() + " counted waiting", () -> barrier.getNumberWaiting() == before + 1);
            Deadlines.awaitBlocked(thread);
            return thread;
        }

        /**
         * Starts a party and returns at once: the one that trips or breaks the barrier, or one
         * whose short timeout could elapse before it is seen waiting.
         */
        Bunch arrive(ThrowingRunnable party) {
            Bunch bunch = worker(party);
            started.add(bunch);
            return bunch;
        }

        @Override
        public void close() {
            AssertionError failure = null;
            for (Bunch bunch : started) {
                try {
                    bunch.close();
                } catch (AssertionError e) {
                    if (failure == null) failure = e;
                    else failure.addSuppressed(e);
                }
            }
            if (failure != null) throw failure;
        }
    }

    /** CPython's {@code run_threads}: {@code n} workers run {@code task}; joins them, rethrows failures. */
    private void run(int n, ThrowingRunnable task) {
        bunch(n, task).close();
    }

    /** One party waits untimed, a second polls: the poller times out, the waiter finds the barrier broken. */
    private void breakByPolling(BarrierSubject barrier, Executable poll) {
        try (Parties parties = new Parties(barrier)) {
            parties.waiting(() -> assertThrows(BrokenBarrierException.class, () -> barrier.await(1, DAYS)));
            parties.arrive(() -> assertThrows(TimeoutException.class, poll));
        }
    }

    /** CPython's {@code multipass}: every party appends, waits, appends, waits, in lockstep. */
    private void passInLockstep(BarrierSubject barrier, int passes) {
        AtomicInteger before = new AtomicInteger();
        AtomicInteger after = new AtomicInteger();
        run(N, () -> {
            assertEquals(N, barrier.getParties());
            for (int i = 0; i < passes; i++) {
                before.incrementAndGet();
                assertEquals(i * N, after.get());
                barrier.await();
                after.incrementAndGet();
                assertEquals((i + 1) * N, before.get());
                barrier.await();
            }
            assertEquals(0, barrier.getNumberWaiting());
            assertFalse(barrier.isBroken());
        });
        assertEquals(passes * N, after.get());
    }

    /**
     * The worker of CPython's abort tests: the party with the middle index aborts, the others
     * wait a second time. Both waits are inside the try, as in CPython: an abort that comes
     * before a released party has left the first cycle breaks that party's first wait too
     * (CPython's draining state is then overwritten by broken).
     */
    private static void abortOrPassTwice(BarrierSubject barrier, AtomicInteger passed, AtomicInteger broken)
            throws Exception {
        try {
            if (barrier.await() == N / 2) {
                barrier.abort(); // CPython raises RuntimeError here and aborts in the handler
                return;
            }
        } catch (BrokenBarrierException e) {
            broken.incrementAndGet();
            return;
        }
        secondPass(barrier, passed, broken);
    }

    /** The second {@code wait()} of CPython's abort and reset tests: count passes and breaks. */
    private static void secondPass(BarrierSubject barrier, AtomicInteger passed, AtomicInteger broken)
            throws Exception {
        try {
            barrier.await();
            passed.incrementAndGet();
        } catch (BrokenBarrierException e) {
            broken.incrementAndGet();
        }
    }

    /** Every party of a fresh cycle passes, taking the indices 0 .. parties - 1 once each. */
    private void passOnce(BarrierSubject barrier) {
        int parties = barrier.getParties();
        Set<Integer> indices = ConcurrentHashMap.newKeySet();
        run(parties, () -> indices.add(barrier.await()));
        assertEquals(parties, indices.size());
        assertFalse(barrier.isBroken());
    }

    private static void assertParties(Executable construction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
        assertEquals("parties must be > 0", e.getMessage());
    }

    /** Asserts that {@code timedAwait} throws TimeoutException no sooner than {@link #SHORT}. */
    private static void assertTimesOut(Executable timedAwait) {
        long start = System.nanoTime();
        assertThrows(TimeoutException.class, timedAwait);
        assertElapsedAtLeast(SHORT, start);
    }

    private static void assertElapsedAtLeast(Duration timeout, long startNanos) {
        long elapsed = System.nanoTime() - startNanos;
        assertTrue(elapsed >= timeout.toNanos(), "timed out after " + elapsed + " ns, before " + timeout);
    }

    /** For an action: a barrier action is a Runnable, and its waiting must not consume an interrupt. */
    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** An Error no assertion library throws. */
    private static final class ActionError extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** Throws any Throwable through a Runnable, as a Kotlin lambda may. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
