package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Barrier;
import dev.interlock.subjects.BarrierSubject;
import dev.interlock.subjects.adapters.BarrierAdapter;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Both parties of a Barrier(2) pass, with the two distinct arrival indices 0 and 1. Each party
 * waits at most {@link Deadline#SECONDS} (a deadline, not pacing) and catches everything, so that
 * a broken barrier shows as a FORBIDDEN outcome instead of hanging the whole jcstress run.
 */
@JCStressTest
@Expectation(subject = "Barrier", property = "both-parties-pass")
@Description("Two threads call await() on a Barrier(2); each records its arrival index.")
@Outcome(id = {"0, 1", "1, 0"}, expect = ACCEPTABLE, desc = "Both passed, one as the first arrival (0) and one as the last (1).")
@Outcome(id = {"0, 0", "1, 1"}, expect = FORBIDDEN, desc = "Both parties got the same arrival index.")
@Outcome(expect = FORBIDDEN, desc = "A party did not pass: -1 broken, -2 timed out (a lost wakeup), -3 interrupted, -4 another exception.")
@State
public class Barrier_01_BothPartiesPass {
    private final BarrierSubject barrier = new BarrierAdapter(new Barrier(2));

    @Actor
    public void party1(II_Result r) {
        r.r1 = arrive(barrier);
    }

    @Actor
    public void party2(II_Result r) {
        r.r2 = arrive(barrier);
    }

    /** The arrival index, or -1 broken, -2 timed out, -3 interrupted, -4 another exception. */
    static int arrive(BarrierSubject barrier) {
        try {
            return barrier.await(Deadline.SECONDS, TimeUnit.SECONDS);
        } catch (BrokenBarrierException e) {
            return -1;
        } catch (TimeoutException e) {
            return -2;
        } catch (InterruptedException e) {
            return -3;
        } catch (RuntimeException e) {
            return -4;
        }
    }
}
