package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.BoundedSemaphore;
import dev.interlock.subjects.SemaphoreSubject;
import dev.interlock.subjects.adapters.SemaphoreAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * The bound under a race: a BoundedSemaphore(2) with one unit taken has room for exactly one
 * release. Of two concurrent releases exactly one is accepted and the other refused with
 * {@link IllegalStateException}, and the value ends at the bound.
 */
@JCStressTest
@Expectation(subject = "BoundedSemaphore", property = "over-release-refused-once")
@Description("BoundedSemaphore(2) with one unit taken: two threads release one unit each at the same time.")
@Outcome(id = {"1, 0, 2", "0, 1, 2"}, expect = ACCEPTABLE, desc = "Exactly one release was accepted, the other refused; the value is back at its bound.")
@Outcome(id = "1, 1, .*", expect = FORBIDDEN, desc = "Both releases were accepted: the value went above its bound.")
@Outcome(id = "0, 0, .*", expect = FORBIDDEN, desc = "Both releases were refused although there was room for one.")
@Outcome(expect = FORBIDDEN, desc = "The value does not match the releases that were accepted.")
@State
public class BoundedSemaphore_02_OverReleaseRefusedOnce {
    private final SemaphoreSubject semaphore = new SemaphoreAdapter(new BoundedSemaphore(2));

    public BoundedSemaphore_02_OverReleaseRefusedOnce() {
        if (!semaphore.tryAcquire()) throw new IllegalStateException("a fresh BoundedSemaphore(2) had no unit");
    }

    @Actor
    public void actor1(III_Result r) {
        r.r1 = accepted();
    }

    @Actor
    public void actor2(III_Result r) {
        r.r2 = accepted();
    }

    private int accepted() {
        try {
            semaphore.release();
            return 1;
        } catch (IllegalStateException refused) {
            return 0;
        }
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = semaphore.availablePermits();
    }
}
