package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.RLock;
import dev.interlock.subjects.ReentrantMutexSubject;
import dev.interlock.subjects.adapters.RLockAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Reentrant exclusion: each thread acquires the RLock twice, increments, releases once (still
 * holding it), increments again and releases. The inner release must not let the other in.
 */
@JCStressTest
@Expectation(subject = "RLock", property = "reentrant-mutual-exclusion")
@Description("Two threads each acquire an RLock twice and increment a plain counter twice, once after each level.")
@Outcome(id = "4", expect = ACCEPTABLE, desc = "All four increments were kept: the lock was held until the outer release.")
@Outcome(id = {"2", "3"}, expect = FORBIDDEN, desc = "An increment was lost: the inner release let the other thread in, or both held the lock.")
@Outcome(expect = FORBIDDEN, desc = "The counter has a value four increments cannot produce.")
@State
public class RLock_01_ReentrantMutualExclusion {
    private final ReentrantMutexSubject lock = new RLockAdapter(new RLock());
    private int counter;

    @Actor
    public void actor1() {
        incrementTwice();
    }

    @Actor
    public void actor2() {
        incrementTwice();
    }

    private void incrementTwice() {
        lock.acquireUninterruptibly();
        try {
            lock.acquireUninterruptibly();
            try {
                counter++;
            } finally {
                lock.release();
            }
            counter++;
        } finally {
            lock.release();
        }
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = counter;
    }
}
