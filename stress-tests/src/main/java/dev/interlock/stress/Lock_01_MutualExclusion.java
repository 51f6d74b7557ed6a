package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Lock;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.LockAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/** Mutual exclusion: two increments of a plain counter, each inside acquire/release, are both kept. */
@JCStressTest
@Expectation(subject = "Lock", property = "mutual-exclusion")
@Description("Two threads each increment a plain counter once while holding the same Lock.")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments were kept: the critical sections did not overlap.")
@Outcome(id = "1", expect = FORBIDDEN, desc = "An increment was lost: both threads were in the critical section at once.")
@Outcome(expect = FORBIDDEN, desc = "The counter has a value two increments cannot produce.")
@State
public class Lock_01_MutualExclusion {
    private final MutexSubject lock = new LockAdapter(new Lock());
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
        lock.acquireUninterruptibly();
        try {
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
