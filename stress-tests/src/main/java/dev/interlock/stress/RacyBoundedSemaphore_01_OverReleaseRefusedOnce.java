package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.kit.shapes.SemaphoreShapes;
import dev.interlock.variants.adapters.RacyBoundedSemaphoreAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Demonstration: {@link BoundedSemaphore_02_OverReleaseRefusedOnce}'s shape on a bounded semaphore
 * that checks the bound and adds in two steps ({@link dev.interlock.variants.RacyBoundedSemaphore}):
 * two releases both pass the check and the value goes above its bound.
 */
@JCStressTest
@Expectation(subject = "RacyBoundedSemaphore", property = "over-release-refused-once", expected = Expectation.Expected.VIOLATED,
        pairedWith = BoundedSemaphore_02_OverReleaseRefusedOnce.class)
@Description("RacyBoundedSemaphore(2) with one unit taken: two threads release one unit each at the same time.")
@Outcome(id = {"1, 0, 2", "0, 1, 2"}, expect = ACCEPTABLE, desc = "Exactly one release was accepted, the other refused; the value is back at its bound.")
@Outcome(id = "1, 1, 3", expect = ACCEPTABLE_INTERESTING, desc = "Both releases passed the bound check before either added: the value went above its bound.")
@Outcome(expect = FORBIDDEN, desc = "An outcome even this race cannot produce.")
@State
public class RacyBoundedSemaphore_01_OverReleaseRefusedOnce extends SemaphoreShapes.OverReleaseRefusedOnce {
    public RacyBoundedSemaphore_01_OverReleaseRefusedOnce() {
        super(RacyBoundedSemaphoreAdapter::create);
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
