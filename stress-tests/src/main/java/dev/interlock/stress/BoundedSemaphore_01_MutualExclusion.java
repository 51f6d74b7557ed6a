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
import org.openjdk.jcstress.infra.results.I_Result;

/** Mutual exclusion with a BoundedSemaphore(1) as a lock: the shape of {@link Lock_01_MutualExclusion}. */
@JCStressTest
@Expectation(subject = "BoundedSemaphore", property = "mutual-exclusion")
@Description("Two threads each increment a plain counter once while holding the one unit of a BoundedSemaphore(1).")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments were kept: the critical sections did not overlap.")
@Outcome(id = "1", expect = FORBIDDEN, desc = "An increment was lost: both threads held the single unit at once.")
@Outcome(expect = FORBIDDEN, desc = "The counter has a value two increments cannot produce.")
@State
public class BoundedSemaphore_01_MutualExclusion {
    private final SemaphoreSubject semaphore = new SemaphoreAdapter(new BoundedSemaphore(1));
    private int counter;

    @Actor
    public void actor1() {
        increment();
    }

    @Actor
    public void actor2() {
        increment();
    }

    private void increment() {
        semaphore.acquireUninterruptibly();
        try {
            counter++;
        } finally {
            semaphore.release();
        }
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = counter;
    }
}
