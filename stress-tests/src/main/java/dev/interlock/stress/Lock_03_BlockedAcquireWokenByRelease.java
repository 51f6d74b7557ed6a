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
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * Liveness: a thread waiting in {@code acquire} for a held Lock proceeds once another thread
 * releases it (the Lock has no owner, so the signal thread may release it). When the release
 * comes before the actor blocks, the actor simply takes the free lock: either way it must finish.
 */
@JCStressTest(Mode.Termination)
@Expectation(subject = "Lock", property = "blocked-acquire-woken-by-release")
@Description("The lock is held; one thread calls acquire, another releases the lock.")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The release let the waiting acquire finish.")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "The acquire never finished although the lock was released: a lost wakeup.")
@Outcome(id = "ERROR", expect = FORBIDDEN, desc = "The acquire or the release threw an exception.")
@State
public class Lock_03_BlockedAcquireWokenByRelease {
    private final MutexSubject lock = new LockAdapter(new Lock());

    public Lock_03_BlockedAcquireWokenByRelease() {
        lock.acquireUninterruptibly();
    }

    @Actor
    public void actor() {
        lock.acquireUninterruptibly();
    }

    @Signal
    public void signal() {
        lock.release();
    }
}
