package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Semaphore;
import dev.interlock.subjects.SemaphoreSubject;
import dev.interlock.subjects.adapters.SemaphoreAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/** Liveness: a thread waiting in {@code acquire} on an empty Semaphore proceeds once a permit is released. */
@JCStressTest(Mode.Termination)
@Expectation(subject = "Semaphore", property = "blocked-acquire-woken-by-release")
@Description("Semaphore(0): one thread calls acquire, another releases one permit.")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The release let the waiting acquire take the permit.")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "The acquire never finished although a permit was released: a lost wakeup.")
@Outcome(id = "ERROR", expect = FORBIDDEN, desc = "The acquire or the release threw an exception.")
@State
public class Semaphore_03_BlockedAcquireWokenByRelease {
    private final SemaphoreSubject semaphore = new SemaphoreAdapter(new Semaphore(0));

    @Actor
    public void actor() {
        semaphore.acquireUninterruptibly();
    }

    @Signal
    public void signal() {
        semaphore.release();
    }
}
