package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.kit.shapes.MutexShapes;
import dev.interlock.variants.adapters.PlainSpinLockAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Demonstration: {@link Lock_01_MutualExclusion}'s shape on a spin lock over a plain {@code
 * boolean} ({@link dev.interlock.variants.PlainSpinLock}). Its check-then-act acquire lets both
 * threads in, and an increment is lost.
 */
@JCStressTest
@Expectation(subject = "PlainSpinLock", property = "mutual-exclusion", expected = Expectation.Expected.VIOLATED,
        pairedWith = Lock_01_MutualExclusion.class)
@Description("Two threads each increment a plain counter once while holding a spin lock on a plain boolean.")
@Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments were kept: this time the critical sections did not overlap.")
@Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "An increment was lost: both threads saw the lock free and entered together.")
@Outcome(expect = FORBIDDEN, desc = "The counter has a value two increments cannot produce.")
@State
public class PlainSpinLock_01_MutualExclusion extends MutexShapes.MutualExclusion {
    public PlainSpinLock_01_MutualExclusion() {
        super(PlainSpinLockAdapter::create);
    }

    @Override
    @Actor
    public void actor1() {
        super.actor1();
    }

    @Override
    @Actor
    public void actor2() {
        super.actor2();
    }

    @Override
    @Arbiter
    public void arbiter(I_Result r) {
        super.arbiter(r);
    }
}
