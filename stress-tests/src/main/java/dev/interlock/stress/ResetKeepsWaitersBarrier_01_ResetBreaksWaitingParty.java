package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.kit.shapes.BarrierShapes;
import dev.interlock.variants.ResetKeepsWaitersBarrier;
import dev.interlock.variants.adapters.PortedBarrierAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Demonstration: {@link Barrier_04_ResetBreaksWaitingParty}'s shape on a barrier whose {@code reset}
 * does not end the waiting parties' generation ({@link dev.interlock.variants.ResetKeepsWaitersBarrier}):
 * the waiting party stays counted in the new cycle.
 */
@JCStressTest
@Expectation(subject = "ResetKeepsWaitersBarrier", property = "reset-breaks-waiting-party", expected = Expectation.Expected.VIOLATED,
        pairedWith = Barrier_04_ResetBreaksWaitingParty.class)
@Description("One thread waits in a ResetKeepsWaitersBarrier(2); another waits until it is counted, resets the barrier, reads the number waiting, then aborts.")
@Outcome(id = "-1, 0", expect = ACCEPTABLE, desc = "The reset broke the waiting party, and nobody was counted waiting after it.")
@Outcome(id = "-1, 1", expect = ACCEPTABLE_INTERESTING, desc = "The reset kept the waiting party, counted in the new generation (the abort released it).")
@Outcome(expect = FORBIDDEN, desc = "Anything else: the party's -1 broken, -2 timed out, -3 interrupted, -4 another exception, or 0/1 passed; -9 it was never counted waiting.")
@State
public class ResetKeepsWaitersBarrier_01_ResetBreaksWaitingParty extends BarrierShapes.ResetBreaksWaitingParty {
    public ResetKeepsWaitersBarrier_01_ResetBreaksWaitingParty() {
        super((parties, action) -> new PortedBarrierAdapter(new ResetKeepsWaitersBarrier(parties, action, null)));
    }

    @Override
    @Actor
    public void party(II_Result r) {
        super.party(r);
    }

    @Override
    @Actor
    public void resetter(II_Result r) {
        super.resetter(r);
    }
}
