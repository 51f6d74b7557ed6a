package dev.interlock.examples.juc;

import dev.interlock.conformance.support.Property;
import dev.interlock.conformance.support.Deviation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.interlock.conformance.BarrierContract;
import dev.interlock.conformance.support.Bunch;
import dev.interlock.conformance.support.Deadlines;
import dev.interlock.subjects.BarrierSubject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * {@link CyclicBarrier} against Python's {@code Barrier} contract. It numbers arrivals the other
 * way round, so every test that checks an arrival index fails, and its messages differ.
 */
class CyclicBarrierConformanceTest extends BarrierContract {
    @Override protected BarrierSubject newBarrier(int parties) { return new CyclicBarrierSubject(new CyclicBarrier(parties)); }
    @Override protected BarrierSubject newBarrier(int parties, Runnable action) { return new CyclicBarrierSubject(new CyclicBarrier(parties, action)); }
    @Override protected BarrierSubject newBarrier(int parties, Duration defaultTimeout) { return new CyclicBarrierSubject(new CyclicBarrier(parties), defaultTimeout); }

    @Property("arrival-index-order")
    @Deviation("D15")
    @Test
    void theFirstArrivalGetsTheHighestIndexAndTheLastZero() {
        assertArrivalIndicesCountDown();
    }

    // The contract tests of these properties also check arrival indices, and fail on D15 alone:
    // each property's record carries the row only if the count-down is asserted under it too.

    @Property("huge-timeout-waits")
    @Deviation("D15")
    @Test
    void arrivalIndicesCountDownForHugeTimeoutsToo() {
        assertArrivalIndicesCountDown();
    }

    @Property("parties-pass-together")
    @Deviation("D15")
    @Test
    void arrivalIndicesCountDownFromCycleToCycle() {
        assertArrivalIndicesCountDown();
        assertArrivalIndicesCountDown();
    }

    @Property("interrupted-party-breaks-barrier")
    @Deviation("D15")
    @Test
    void arrivalIndicesCountDownWhenAPartyIsInterruptedLate() {
        assertArrivalIndicesCountDown();
    }

    @Property("non-positive-timeout-polls")
    @Deviation("D15")
    @Test
    void arrivalIndicesCountDownForZeroTimeoutsToo() {
        assertArrivalIndicesCountDown();
    }

    private void assertArrivalIndicesCountDown() {
        BarrierSubject barrier = newBarrier(3);
        int[] indices = new int[3];
        List<Bunch> parties = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int arrival = i;
            parties.add(worker(() -> indices[arrival] = barrier.await()));
            if (i < 2) Deadlines.awaitTrue("arrival " + i + " waits", () -> barrier.getNumberWaiting() == arrival + 1);
        }
        parties.forEach(Bunch::close); // joins: the indices are then visible here
        assertEquals(List.of(2, 1, 0), List.of(indices[0], indices[1], indices[2]));
    }

    @Property("bad-input-rejected")
    @Deviation("D5")
    @Test
    void partiesBelowOneAreRejectedWithTheSameTypeWithoutAMessage() {
        for (int parties : new int[] {0, -1, Integer.MIN_VALUE}) {
            assertNull(assertThrows(IllegalArgumentException.class, () -> newBarrier(parties)).getMessage());
        }
    }
}
