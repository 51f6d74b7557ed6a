package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Condition;
import dev.interlock.RLock;
import dev.interlock.subjects.ConditionSubject;
import dev.interlock.subjects.adapters.ConditionAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * {@code await} over an RLock held twice releases it completely (so that another thread can take
 * the lock and signal) and restores both holds before it returns (so that both releases succeed).
 */
@JCStressTest(Mode.Termination)
@Expectation(subject = "Condition", property = "await-releases-reentrant-hold")
@Description("A waiter holds the Condition's RLock twice and awaits; another thread takes the lock, sees the waiter registered and signals.")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "await released both holds, was signalled, and restored both holds.")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "The waiter never returned: await kept a hold, so no other thread could take the lock and signal.")
@Outcome(id = "ERROR", expect = FORBIDDEN, desc = "A release after await failed: the hold count was not restored, or an operation threw.")
@State
public class Condition_03_AwaitReleasesReentrantHold {
    private final ConditionSubject condition = new ConditionAdapter(new Condition(new RLock()));
    private boolean registered; // guarded by the condition's lock

    @Actor
    public void waiter() {
        try {
            condition.acquire();
            try {
                condition.acquire();
                try {
                    registered = true;
                    condition.await();
                } finally {
                    condition.release();
                }
            } finally {
                condition.release();
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException("nobody interrupts this thread", e);
        }
    }

    @Signal
    public void signal() {
        Deadline.spinUntil(this::signalIfRegistered);
    }

    /** Takes the lock if free; signals and answers true if the waiter has registered. */
    private boolean signalIfRegistered() {
        if (!condition.tryAcquire()) return false;
        try {
            if (!registered) return false;
            condition.signal();
            return true;
        } finally {
            condition.release();
        }
    }
}
