package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Barrier;
import dev.interlock.subjects.BarrierSubject;
import dev.interlock.subjects.adapters.BarrierAdapter;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * A broken barrier releases its waiters: a party waiting in a Barrier(2) whose other party never
 * comes ends with {@link BrokenBarrierException} when another thread aborts the barrier.
 */
@JCStressTest(Mode.Termination)
@Expectation(subject = "Barrier", property = "broken-barrier-releases-party")
@Description("One thread waits in a Barrier(2); another thread waits until it is counted, then aborts the barrier.")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The waiting party ended with BrokenBarrierException.")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "The waiting party was never released although the barrier broke.")
@Outcome(id = "ERROR", expect = FORBIDDEN, desc = "The waiting party passed a barrier whose other party never came, or got another exception.")
@State
public class Barrier_03_BrokenReleasesOtherParty {
    private final BarrierSubject barrier = new BarrierAdapter(new Barrier(2));

    @Actor
    public void party() {
        try {
            barrier.await();
        } catch (BrokenBarrierException expected) {
            return;
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("expected BrokenBarrierException", e);
        }
        throw new IllegalStateException("passed " + barrier + " alone");
    }

    @Signal
    public void signal() {
        Deadline.spinUntil(() -> barrier.getNumberWaiting() == 1);
        barrier.abort();
    }
}
