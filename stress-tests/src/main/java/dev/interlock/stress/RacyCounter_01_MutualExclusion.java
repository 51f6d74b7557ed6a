package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.variants.RacyCounter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Demonstration: {@link Lock_01_MutualExclusion}'s increments with no lock at all ({@link
 * RacyCounter}, a plain {@code value++}). Both threads read 0 and write 1: an update is lost.
 */
@JCStressTest
@Expectation(subject = "RacyCounter", property = "mutual-exclusion", expected = Expectation.Expected.VIOLATED,
        pairedWith = Lock_01_MutualExclusion.class)
@Description("Two threads each increment a counter once with a plain value++.")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments were kept: this time the increments did not overlap.")
@Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "An increment was lost: both threads read the same value and wrote it plus one.")
@Outcome(expect = FORBIDDEN, desc = "The counter has a value two increments cannot produce.")
@State
public class RacyCounter_01_MutualExclusion {
    private final RacyCounter counter = new RacyCounter();

    @Actor
    public void actor1() {
        counter.increment();
    }

    @Actor
    public void actor2() {
        counter.increment();
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = counter.get();
    }
}
