package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.kit.shapes.MutexShapes;
import dev.interlock.variants.adapters.CheckThenActLockAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Demonstration: {@link Lock_05_TryAcquireExcludes}'s shape on a lock whose test-and-set is a
 * read, then a write ({@link dev.interlock.variants.CheckThenActLock}): both threads can see it
 * free before either marks it held.
 */
@JCStressTest
@Expectation(subject = "CheckThenActLock", property = "mutual-exclusion-try-acquire", expected = Expectation.Expected.VIOLATED,
        pairedWith = Lock_05_TryAcquireExcludes.class)
@Description("Two threads call tryAcquire() on the same free CheckThenActLock.")
@Outcome(id = {"1, 0", "0, 1"}, expect = ACCEPTABLE, desc = "Exactly one thread took the lock.")
@Outcome(id = "1, 1", expect = ACCEPTABLE_INTERESTING, desc = "Both threads took the lock: both saw it free before either marked it held.")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "Neither thread took the free lock.")
@State
public class CheckThenActLock_01_TryAcquireExcludes extends MutexShapes.TryAcquireExcludes {
    public CheckThenActLock_01_TryAcquireExcludes() {
        super(CheckThenActLockAdapter::create);
    }

    @Override
    @Actor
    public void actor1(II_Result r) {
        super.actor1(r);
    }

    @Override
    @Actor
    public void actor2(II_Result r) {
        super.actor2(r);
    }
}
