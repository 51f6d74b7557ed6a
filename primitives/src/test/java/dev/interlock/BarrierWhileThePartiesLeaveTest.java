package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * What happens between the end of a cycle (the barrier tripped or broke) and the moment its last
 * party has left: the parties still inside keep the fate of their cycle, a reset meanwhile does
 * not change a tripped cycle, and a new arrival waits for the next cycle.
 *
 * <p>Every party leaves through the barrier's internal lock, so these windows are made
 * deterministic, without timing: the barrier action runs holding that lock and waits while the
 * test queues threads for it; the lock hands itself on in queue order. A waiting party is made to
 * queue by interrupting it: it then re-acquires the lock before it handles the interrupt.
 */
class BarrierWhileThePartiesLeaveTest {

    @Test
    void partyInterruptedWhileTheActionRunsReturnsItsIndexWithItsInterruptStatusSet() throws InterruptedException {
        // Deviation D13: an interrupt after the last party arrived is kept as status, as CyclicBarrier
        // does. Here the party has woken and handled the interrupt before the trip completed.
        HeldAction action = new HeldAction(null);
        Barrier barrier = new Barrier(2, action);
        TestThread first = waitingParty(barrier, () -> {
            assertEquals(0, barrier.await());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt was lost");
        });
        TestThread last = TestThread.start("last-party", () -> assertEquals(1, barrier.await()));
        action.awaitRunning();
        first.thread().interrupt();
        awaitQueuedForALock(first);
        action.end();
        last.close();
        first.close();
        assertFalse(barrier.isBroken());
    }

    @Test
    void resetWhileTheTrippedPartiesAreLeavingChangesNothing() throws InterruptedException {
        // CPython: Barrier.reset changes nothing while the barrier drains (state 1): the parties
        // of the tripped cycle return their index, and the last to leave opens the next cycle.
        HeldAction action = new HeldAction(null);
        Barrier barrier = new Barrier(2, action);
        TestThread first = waitingParty(barrier, () -> assertEquals(0, barrier.await()));
        TestThread last = TestThread.start("last-party", () -> assertEquals(1, barrier.await()));
        action.awaitRunning();
        TestThread resetter = TestThread.start("resetter", barrier::reset);
        awaitQueuedForALock(resetter);
        first.thread().interrupt(); // queues behind the resetter: it is still inside when the reset runs
        awaitQueuedForALock(first);
        action.end();
        last.close();
        resetter.close();
        first.close();
        assertFalse(barrier.isBroken());
        assertEquals(0, barrier.getNumberWaiting());
        passOnce(barrier);
    }

    @Test
    void resetOfABrokenBarrierWhosePartiesAreLeavingLetsANewArrivalJoinOnlyTheNextCycle() throws InterruptedException {
        // CPython: Barrier.reset of a broken barrier with threads inside (state -2) sets resetting
        // (-1); a thread arriving while it resets waits until the last one has left, then fills
        // the next cycle.
        IllegalStateException failure = new IllegalStateException("the action fails");
        HeldAction action = new HeldAction(failure);
        Barrier barrier = new Barrier(2, action);
        TestThread first = waitingParty(barrier, () -> assertThrows(BrokenBarrierException.class, barrier::await));
        TestThread last = TestThread.start("last-party",
                () -> assertSame(failure, assertThrows(IllegalStateException.class, barrier::await)));
        action.awaitRunning();
        TestThread resetter = TestThread.start("resetter", barrier::reset);
        awaitQueuedForALock(resetter);
        TestThread arrival = TestThread.start("next-cycle", () -> assertEquals(0, barrier.await()));
        awaitQueuedForALock(arrival);
        first.thread().interrupt(); // queues last: still inside the broken cycle during the reset
        awaitQueuedForALock(first);
        action.end();
        last.close();
        resetter.close();
        first.close();
        TestThread.awaitTrue("the arrival fills the next cycle", () -> barrier.getNumberWaiting() == 1);
        arrival.awaitBlocked();
        TestThread.start("second-of-next-cycle", () -> assertEquals(1, barrier.await())).close();
        arrival.close();
        assertFalse(barrier.isBroken());
    }

    /** Starts a party and returns once it is counted waiting and parked. */
    private static TestThread waitingParty(Barrier barrier, TestThread.Task party) {
        int before = barrier.getNumberWaiting();
        TestThread thread = TestThread.start("waiting-party", party);
        TestThread.awaitTrue("a party counted waiting", () -> barrier.getNumberWaiting() == before + 1);
        thread.awaitBlocked();
        return thread;
    }

    /**
     * Returns once {@code t} is parked acquiring a {@link Lock}: here always the barrier's internal
     * lock, which the blocked action holds. (A party waiting for the trip parks on the condition.)
     */
    private static void awaitQueuedForALock(TestThread t) {
        Thread thread = t.thread();
        TestThread.awaitTrue(thread.getName() + " queued for the barrier's lock", () -> {
            if (thread.getState() == Thread.State.TERMINATED) throw new AssertionError(thread.getName() + " ended");
            Object blocker = LockSupport.getBlocker(thread);
            return thread.getState() == Thread.State.WAITING && blocker != null
                    && blocker.getClass().getName().equals(Lock.class.getName() + "$Sync");
        });
    }

    private static void passOnce(Barrier barrier) throws InterruptedException {
        TestThread other = waitingParty(barrier, () -> assertEquals(0, barrier.await()));
        try {
            assertEquals(1, barrier.await());
        } catch (BrokenBarrierException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
        other.close();
    }

    /**
     * A barrier action that, the first time it runs, blocks (holding the barrier's lock) until
     * {@link #end()}, then returns or throws the given exception; later runs do nothing.
     */
    private static final class HeldAction implements Runnable {
        private final RuntimeException thenThrow;
        private final AtomicBoolean first = new AtomicBoolean(true);
        private final CountDownLatch running = new CountDownLatch(1);
        private final CountDownLatch mayEnd = new CountDownLatch(1);

        HeldAction(RuntimeException thenThrow) {
            this.thenThrow = thenThrow;
        }

        @Override
        public void run() {
            if (!first.compareAndSet(true, false)) return;
            running.countDown();
            await(mayEnd);
            if (thenThrow != null) throw thenThrow;
        }

        void awaitRunning() {
            await(running);
        }

        void end() {
            mayEnd.countDown();
        }

        private static void await(CountDownLatch latch) {
            try {
                if (!latch.await(TestThread.DEADLINE_NANOS, TimeUnit.NANOSECONDS)) throw new AssertionError("latch not reached");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
