package dev.interlock;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Interlock-only API of {@link Barrier}: toString (Deviation D17, ports CPython's test_repr),
 * the Duration overloads, null arguments, constructor messages, the action re-entrance guard
 * (Deviation D14) and the arrival index order (Deviation D15). The behaviour shared with other
 * barriers is in the conformance module's BarrierContract.
 */
class BarrierApiTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration SHORT = Duration.ofMillis(100);
    private static final String REENTRANCE =
            "the barrier action cannot call await, reset or abort on its own barrier";

    @Test
    void toStringShowsTheWaitingPartiesOrBroken() throws Exception {
        // CPython: BarrierTests.test_repr; Deviation D17 (Java form instead of <... at 0x...>)
        Barrier barrier = new Barrier(3);
        assertEquals("Barrier[waiting=0/3]", barrier.toString());
        Party first = Party.waiting(barrier, barrier::await);
        Party second = Party.waiting(barrier, () -> barrier.await(DEADLINE));
        assertEquals("Barrier[waiting=2/3]", barrier.toString());
        assertEquals(2, barrier.await());
        assertEquals(0, first.outcome());
        assertEquals(1, second.outcome());
        assertEquals("Barrier[waiting=0/3]", barrier.toString());
        barrier.abort();
        assertEquals("Barrier[broken]", barrier.toString());
        barrier.reset();
        assertEquals("Barrier[waiting=0/3]", barrier.toString());
    }

    @Test
    void firstArrivalGetsIndexZero() throws Exception {
        // Deviation D15: Python's order; CyclicBarrier would give the first arrival parties - 1
        Barrier barrier = new Barrier(3);
        Party first = Party.waiting(barrier, barrier::await);
        Party second = Party.waiting(barrier, barrier::await);
        assertEquals(2, barrier.await());
        assertEquals(0, first.outcome());
        assertEquals(1, second.outcome());
    }

    @Test
    void everyConstructorRejectsPartiesBelowOneWithPythonsMessage() {
        // CPython: BarrierTests.test_constructor; Deviations D5, D19
        Runnable action = () -> { };
        for (int parties : new int[] {0, -1, Integer.MIN_VALUE}) {
            assertPartiesRejected(() -> new Barrier(parties));
            assertPartiesRejected(() -> new Barrier(parties, action));
            assertPartiesRejected(() -> new Barrier(parties, SHORT));
            assertPartiesRejected(() -> new Barrier(parties, action, SHORT));
        }
    }

    @Test
    void nullActionIsRejected() {
        // Deviation D14: no action is Barrier(parties), not a null action
        assertThrows(NullPointerException.class, () -> new Barrier(2, (Runnable) null));
        assertThrows(NullPointerException.class, () -> new Barrier(2, null, SHORT));
    }

    @Test
    void nullTimeoutOrUnitIsRejectedAndLeavesTheBarrierAsItWas() {
        assertThrows(NullPointerException.class, () -> new Barrier(2, (Duration) null));
        assertThrows(NullPointerException.class, () -> new Barrier(2, () -> { }, null));
        Barrier barrier = new Barrier(1);
        assertThrows(NullPointerException.class, () -> barrier.await(1, null));
        assertThrows(NullPointerException.class, () -> barrier.await((Duration) null));
        assertFalse(barrier.isBroken());
        assertEquals("Barrier[waiting=0/1]", barrier.toString());
    }

    @Test
    void awaitWithADurationReturnsTheIndexWhenTheBarrierTrips() throws Exception {
        // Deviation D3: a Duration beyond the long range of nanoseconds saturates and simply waits
        Barrier barrier = new Barrier(2);
        Party first = Party.waiting(barrier, () -> barrier.await(Duration.ofSeconds(Long.MAX_VALUE)));
        assertEquals(1, barrier.await(Duration.ZERO)); // the last party's timeout does not matter
        assertEquals(0, first.outcome());
        assertFalse(barrier.isBroken());
    }

    @Test
    void awaitWithADurationTimesOutAndBreaksTheBarrier() {
        // Deviation D12
        Barrier barrier = new Barrier(2);
        assertTimesOut(() -> barrier.await(SHORT));
        assertTrue(barrier.isBroken());
    }

    @Test
    void awaitWithANegativeDurationPolls() {
        // Deviation D1: a timeout <= 0 polls; a non-last party times out at once and breaks the barrier
        for (Duration timeout : new Duration[] {Duration.ofNanos(-1), Duration.ofSeconds(Long.MIN_VALUE)}) {
            Barrier barrier = new Barrier(2);
            assertThrows(TimeoutException.class, () -> barrier.await(timeout));
            assertTrue(barrier.isBroken(), timeout.toString());
        }
    }

    @Test
    void defaultTimeoutConstructorsTimeTheUntimedAwait() throws Exception {
        // CPython: BarrierTests.test_default_timeout, for both constructors taking a Duration
        List<String> actions = new CopyOnWriteArrayList<>();
        for (Barrier barrier : new Barrier[] {new Barrier(2, SHORT), new Barrier(2, () -> actions.add("ran"), SHORT)}) {
            assertTimesOut(barrier::await);
            assertTrue(barrier.isBroken());
        }
        Barrier single = new Barrier(1, () -> actions.add("ran"), SHORT);
        assertEquals(0, single.await());
        assertEquals(List.of("ran"), actions);
    }

    @Test
    void actionCallingItsOwnBarrierGetsIllegalStateExceptionAndBreaksTheBarrier() throws Exception {
        // Deviation D14 (CPython deadlocks). Uncaught in the action, the refusal is the action's
        // exception: the last party gets it and the barrier breaks, as for any throwing action.
        Map<String, BarrierCall> calls = Map.of(
                "await()", Barrier::await,
                "await(long, TimeUnit)", b -> b.await(1, SECONDS),
                "await(Duration)", b -> b.await(DEADLINE),
                "reset()", Barrier::reset,
                "abort()", Barrier::abort);
        for (Map.Entry<String, BarrierCall> call : calls.entrySet()) {
            AtomicReference<Barrier> self = new AtomicReference<>();
            Barrier barrier = new Barrier(2, () -> call.getValue().callUnchecked(self.get()));
            self.set(barrier);
            Party other = Party.waiting(barrier, barrier::await);
            // The last party on its own thread: were the call not refused, it would deadlock, and
            // the join deadline turns that into a failure.
            Object refused = Party.arrive(barrier::await).outcome();
            assertInstanceOf(IllegalStateException.class, refused, call.getKey());
            assertEquals(REENTRANCE, ((IllegalStateException) refused).getMessage(), call.getKey());
            assertInstanceOf(BrokenBarrierException.class, other.outcome(), call.getKey());
            assertTrue(barrier.isBroken(), call.getKey());
        }
    }

    @Test
    void actionThatCatchesTheRefusalLetsTheBarrierTrip() throws Exception {
        // Deviation D14: the refusal changes nothing; the action may go on and the cycle trips
        AtomicReference<Barrier> self = new AtomicReference<>();
        List<String> refusals = new CopyOnWriteArrayList<>();
        List<BarrierCall> calls = List.of(Barrier::await, b -> b.await(1, SECONDS), b -> b.await(DEADLINE),
                Barrier::reset, Barrier::abort);
        Barrier barrier = new Barrier(2, () -> {
            for (BarrierCall call : calls) {
                try {
                    call.call(self.get());
                } catch (IllegalStateException e) {
                    refusals.add(e.getMessage());
                } catch (Exception e) {
                    throw new AssertionError("not refused", e);
                }
            }
        });
        self.set(barrier);
        for (int cycle = 1; cycle <= 2; cycle++) {
            Party first = Party.waiting(barrier, barrier::await);
            assertEquals(1, Party.arrive(barrier::await).outcome()); // on its own thread: see above
            assertEquals(0, first.outcome());
            assertFalse(barrier.isBroken());
            assertEquals(cycle * calls.size(), refusals.size());
        }
        refusals.forEach(message -> assertEquals(REENTRANCE, message));
    }

    @Test
    void actionMayReadItsBarriersState() throws Exception {
        // CPython [observed]: in the action, repr shows waiters=2/2 and n_waiting is 2
        AtomicReference<Barrier> self = new AtomicReference<>();
        List<String> seen = new CopyOnWriteArrayList<>();
        Barrier barrier = new Barrier(2, () -> {
            Barrier b = self.get();
            seen.add(b + " " + b.getNumberWaiting() + " " + b.isBroken() + " " + b.getParties());
        });
        self.set(barrier);
        Party first = Party.waiting(barrier, barrier::await);
        assertEquals(1, barrier.await());
        assertEquals(0, first.outcome());
        assertEquals(List.of("Barrier[waiting=2/2] 2 false 2"), seen);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** A call on the barrier, made from inside its own action. */
    @FunctionalInterface
    private interface BarrierCall {
        void call(Barrier barrier) throws Exception;

        /** For an action: an IllegalStateException passes through, a checked exception fails the test. */
        default void callUnchecked(Barrier barrier) {
            try {
                call(barrier);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new AssertionError("expected IllegalStateException", e);
            }
        }
    }

    /** A party on a plain daemon thread; {@link #outcome()} is its index or what it threw. */
    private static final class Party {
        private final Thread thread;
        private volatile Object outcome;

        private Party(Callable<Integer> await) {
            thread = new Thread(() -> {
                try {
                    outcome = await.call();
                } catch (Throwable t) {
                    outcome = t;
                }
            });
            thread.setDaemon(true);
        }

        /** Starts a party and returns once the barrier counts it waiting (so arrival order is call order). */
        static Party waiting(Barrier barrier, Callable<Integer> await) {
            int before = barrier.getNumberWaiting();
            Party party = arrive(await);
            TestThread.awaitTrue("the party counted waiting", () -> barrier.getNumberWaiting() == before + 1);
            return party;
        }

        /** Starts a party and returns at once. */
        static Party arrive(Callable<Integer> await) {
            Party party = new Party(await);
            party.thread.start();
            return party;
        }

        Object outcome() throws InterruptedException {
            thread.join(DEADLINE.toMillis());
            assertFalse(thread.isAlive(), "the party did not finish within " + DEADLINE);
            return outcome;
        }
    }

    private static void assertPartiesRejected(Executable construction) {
        assertEquals("parties must be > 0", assertThrows(IllegalArgumentException.class, construction).getMessage());
    }

    /** The wait throws TimeoutException no sooner than {@link #SHORT} (Deviation D12). */
    private static void assertTimesOut(Executable timedAwait) {
        long start = System.nanoTime();
        assertThrows(TimeoutException.class, timedAwait);
        long elapsed = System.nanoTime() - start;
        assertTrue(elapsed >= SHORT.toNanos(), "timed out after " + elapsed + " ns");
    }
}
