package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.kit.shapes.BarrierShapes;
import dev.interlock.variants.NoDrainBarrier;
import dev.interlock.variants.adapters.PortedBarrierAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Demonstration: {@link Barrier_05_LatePartyJoinsNextCycle}'s shape on a barrier that lets a party in
 * while the last cycle is still draining ({@link dev.interlock.variants.NoDrainBarrier}): the
 * returning party is counted in the tripped cycle and passes alone.
 */
@JCStressTest
@Expectation(subject = "NoDrainBarrier", property = "late-party-joins-next-cycle", expected = Expectation.Expected.VIOLATED,
        pairedWith = Barrier_05_LatePartyJoinsNextCycle.class)
@Description("Two threads call await() on a NoDrainBarrier(2); the second then calls await(0) at once.")
@Outcome(id = {"0, 1, -2", "1, 0, -2"}, expect = ACCEPTABLE, desc = "Both passed with distinct indices; the second thread's poll found a new, empty cycle and timed out.")
@Outcome(id = {"0, 1, [01]", "1, 0, [01]"}, expect = ACCEPTABLE_INTERESTING, desc = "The poll was counted with the party still leaving the last cycle, and passed the barrier alone.")
@Outcome(expect = FORBIDDEN, desc = "Anything else: -1 broken, -2 timed out, -3 interrupted, -4 another exception.")
@State
public class NoDrainBarrier_01_LatePartyJoinsNextCycle extends BarrierShapes.LatePartyJoinsNextCycle {
    public NoDrainBarrier_01_LatePartyJoinsNextCycle() {
        super((parties, action) -> new PortedBarrierAdapter(new NoDrainBarrier(parties, action, null)));
    }

    @Override
    @Actor
    public void party1(III_Result r) {
        super.party1(r);
    }

    @Override
    @Actor
    public void party2(III_Result r) {
        super.party2(r);
    }
}
