package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.kit.shapes.ReentrantMutexShapes;
import dev.interlock.variants.adapters.NonOwnerReleaseRLockAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Demonstration: {@link RLock_02_NonOwnerReleaseRefused}'s shape on an RLock whose {@code release}
 * checks that the lock is held, not by whom ({@link dev.interlock.variants.NonOwnerReleaseRLock}):
 * a stranger's release takes the owner's hold away.
 */
@JCStressTest
@Expectation(subject = "NonOwnerReleaseRLock", property = "non-owner-release-refused", expected = Expectation.Expected.VIOLATED,
        pairedWith = RLock_02_NonOwnerReleaseRefused.class)
@Description("One thread acquires a NonOwnerReleaseRLock and keeps it; another thread calls release.")
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "The stranger came first: nothing was held, so its release was refused; the owner kept the lock.")
@Outcome(id = {"0, 1, 0", "0, 0, 0"}, expect = ACCEPTABLE_INTERESTING, desc = "A thread that did not own the lock released it: the owner's hold is gone and the lock is free.")
@Outcome(expect = FORBIDDEN, desc = "The owner's hold count or the lock's state does not match either order.")
@State
public class NonOwnerReleaseRLock_01_NonOwnerReleaseRefused extends ReentrantMutexShapes.NonOwnerReleaseRefused {
    public NonOwnerReleaseRLock_01_NonOwnerReleaseRefused() {
        super(NonOwnerReleaseRLockAdapter::create);
    }

    @Override
    @Actor
    public void owner() {
        super.owner();
    }

    @Override
    @Actor
    public void stranger(III_Result r) {
        super.stranger(r);
    }

    @Override
    @Arbiter
    public void arbiter(III_Result r) {
        super.arbiter(r);
    }
}
