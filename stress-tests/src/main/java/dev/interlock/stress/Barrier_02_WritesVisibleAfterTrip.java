package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Barrier;
import dev.interlock.subjects.BarrierSubject;
import dev.interlock.subjects.adapters.BarrierAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Happens-before through the barrier: every party, once released, sees the barrier action's
 * write and the other party's write made before it called {@code await}.
 */
@JCStressTest
@Expectation(subject = "Barrier", property = "writes-visible-after-trip")
@Description("Barrier(2) with an action that writes a field; each party writes its own field, awaits, then reads the action's field and the other party's.")
@Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE, desc = "Both released parties saw the action's write and the other party's write.")
@Outcome(expect = FORBIDDEN, desc = "A released party missed the action's write or the other party's write before await (-1: the party did not pass).")
@State
public class Barrier_02_WritesVisibleAfterTrip {
    private final BarrierSubject barrier;
    private int written1;
    private int written2;
    private int writtenByAction;

    public Barrier_02_WritesVisibleAfterTrip() {
        barrier = new BarrierAdapter(new Barrier(2, () -> writtenByAction = 1));
    }

    @Actor
    public void party1(IIII_Result r) {
        written1 = 1;
        if (Barrier_01_BothPartiesPass.arrive(barrier) < 0) {
            r.r1 = -1;
            r.r2 = -1;
            return;
        }
        r.r1 = writtenByAction;
        r.r2 = written2;
    }

    @Actor
    public void party2(IIII_Result r) {
        written2 = 1;
        if (Barrier_01_BothPartiesPass.arrive(barrier) < 0) {
            r.r3 = -1;
            r.r4 = -1;
            return;
        }
        r.r3 = writtenByAction;
        r.r4 = written1;
    }
}
