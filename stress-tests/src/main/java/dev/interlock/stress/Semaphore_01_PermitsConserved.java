package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Semaphore;
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
 * Conservation: with one permit, two threads that each try to take it and give back what they
 * took leave exactly one permit, and at least one of them got it.
 */
@JCStressTest
@Expectation(subject = "Semaphore", property = "permits-conserved")
@Description("Semaphore(1): two threads each tryAcquire and, if that succeeded, release; then the value is read.")
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "Both took the permit in turn and gave it back: one permit remains.")
@Outcome(id = {"1, 0, 1", "0, 1, 1"}, expect = ACCEPTABLE, desc = "One took the permit while the other found none; one permit remains.")
@Outcome(id = "0, 0, .*", expect = FORBIDDEN, desc = "Neither thread got the free permit.")
@Outcome(expect = FORBIDDEN, desc = "A permit was created or lost: the value is not 1 after equal takes and gives.")
@State
public class Semaphore_01_PermitsConserved {
    private final SemaphoreSubject semaphore = new SemaphoreAdapter(new Semaphore(1));

    @Actor
    public void actor1(III_Result r) {
        r.r1 = takeAndGiveBack();
    }

    @Actor
    public void actor2(III_Result r) {
        r.r2 = takeAndGiveBack();
    }

    private int takeAndGiveBack() {
        if (!semaphore.tryAcquire()) return 0;
        semaphore.release();
        return 1;
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = semaphore.availablePermits();
    }
}
