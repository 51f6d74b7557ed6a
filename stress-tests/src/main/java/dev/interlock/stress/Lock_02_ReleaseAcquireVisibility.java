package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Lock;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.LockAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/** Release happens-before a later acquire: data written before a release is seen after the next acquire. */
@JCStressTest
@Expectation(subject = "Lock", property = "release-acquire-visibility")
@Description("One thread writes data, then sets a flag under the Lock; the other reads the flag under the Lock, then the data.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The reader took the lock first: it saw neither the flag nor the data.")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "The reader took the lock first, and saw the data written meanwhile.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The reader took the lock second and saw the flag and the data.")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "The reader saw the flag set under the lock but not the data written before the release.")
@State
public class Lock_02_ReleaseAcquireVisibility {
    private final MutexSubject lock = new LockAdapter(new Lock());
    private int data;
    private int flag;

    @Actor
    public void writer() {
        data = 1;
        lock.acquireUninterruptibly();
        try {
            flag = 1;
        } finally {
            lock.release();
        }
    }

    @Actor
    public void reader(II_Result r) {
        int f;
        lock.acquireUninterruptibly();
        try {
            f = flag;
        } finally {
            lock.release();
        }
        r.r1 = f;
        r.r2 = data;
    }
}
