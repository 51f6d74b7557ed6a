package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.kit.shapes.SemaphoreShapes;
import dev.interlock.variants.adapters.RacySemaphoreAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Demonstration: {@link Semaphore_04_LastPermitTakenOnce}'s shape on a semaphore whose decrement is
 * a read, then a write ({@link dev.interlock.variants.RacySemaphore}): both threads read 1 and both
 * take the single unit.
 */
@JCStressTest
@Expectation(subject = "RacySemaphore", property = "last-permit-taken-once", expected = Expectation.Expected.VIOLATED,
        pairedWith = Semaphore_04_LastPermitTakenOnce.class)
@Description("RacySemaphore(1): two threads call tryAcquire() at the same time; then the value is read.")
@Outcome(id = {"1, 0, 0", "0, 1, 0"}, expect = ACCEPTABLE, desc = "Exactly one thread took the unit; none is left.")
@Outcome(id = "1, 1, 0", expect = ACCEPTABLE_INTERESTING, desc = "Both threads took the single unit: both read 1 before either wrote 0.")
@Outcome(expect = FORBIDDEN, desc = "An outcome even this race cannot produce.")
@State
public class RacySemaphore_01_LastPermitTakenOnce extends SemaphoreShapes.LastPermitTakenOnce {
    public RacySemaphore_01_LastPermitTakenOnce() {
        super(RacySemaphoreAdapter::create);
    }

    @Override
    @Actor
    public void actor1(III_Result r) {
        super.actor1(r);
    }

    @Override
    @Actor
    public void actor2(III_Result r) {
        super.actor2(r);
    }

    @Override
    @Arbiter
    public void arbiter(III_Result r) {
        super.arbiter(r);
    }
}
