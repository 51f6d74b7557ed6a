package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A broken barrier refuses every {@code await} until reset, even one that would complete the
 * cycle: a single-party barrier, whose every arrival is the last, must not trip (nor run its
 * action) once broken. CPython: {@code Barrier.wait} raises {@code BrokenBarrierError} on entry
 * when broken, before it counts the party.
 */
class BrokenBarrierRefusesEvenItsLastPartyTest {

    @Test
    void anAbortedSinglePartyBarrierNeitherTripsNorRunsItsActionUntilReset() throws Exception {
        AtomicInteger actions = new AtomicInteger();
        Barrier barrier = new Barrier(1, actions::incrementAndGet);
        barrier.abort();
        assertThrows(BrokenBarrierException.class, barrier::await);
        assertEquals(0, actions.get(), "the action ran on a broken barrier");
        assertTrue(barrier.isBroken());

        barrier.reset();
        assertEquals(0, barrier.await());
        assertEquals(1, actions.get());
    }
}
