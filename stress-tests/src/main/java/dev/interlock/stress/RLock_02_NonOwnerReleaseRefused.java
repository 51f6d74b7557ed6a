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
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Ownership: a thread that does not own the RLock cannot release it, whether it calls release
 * before or after the owner acquired. The owner's hold count and the lock stay as they were.
 */
@JCStressTest
@Expectation(subject = "RLock", property = "non-owner-release-refused")
@Description("One thread acquires an RLock and keeps it; another thread calls release.")
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "The stranger's release was refused; the owner kept hold count 1 and the lock stayed locked.")
@Outcome(id = "0, .*", expect = FORBIDDEN, desc = "A thread that did not own the lock released it without an exception.")
@Outcome(expect = FORBIDDEN, desc = "The owner's hold count or the lock's state was changed by a refused release.")
@State
public class RLock_02_NonOwnerReleaseRefused {
    private final ReentrantMutexSubject lock = new RLockAdapter(new RLock());
    private int ownerHoldCount;

    @Actor
    public void owner() {
        lock.acquireUninterruptibly();
        ownerHoldCount = lock.getHoldCount();
    }

    @Actor
    public void stranger(III_Result r) {
        try {
            lock.release();
            r.r1 = 0;
        } catch (IllegalMonitorStateException expected) {
            r.r1 = 1;
        }
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r2 = ownerHoldCount;
        r.r3 = lock.isLocked() ? 1 : 0;
    }
}
