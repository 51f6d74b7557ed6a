package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Condition;
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
 * No lost signal: a waiter marks itself registered while holding the lock, and gives the lock up
 * only inside {@code await}. A signaller that takes the lock and sees the mark therefore signals
 * a registered waiter, and that one signal must wake it. (A single {@code await}, no loop: the
 * Condition promises no spurious wakeups, so the waiter needs no predicate.)
 */
@JCStressTest(Mode.Termination)
@Expectation(subject = "Condition", property = "signal-after-registration-wakes")
@Description("One thread registers under the lock and awaits; the other takes the lock, sees the registration and signals once.")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The one signal woke the registered waiter.")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "The waiter was never woken although it was signalled after it registered: a lost signal.")
@Outcome(id = "ERROR", expect = FORBIDDEN, desc = "await, signal or the lock operations threw an exception.")
@State
public class Condition_01_SignalAfterRegistrationWakes {
    private final ConditionSubject condition = new ConditionAdapter(new Condition());
    private boolean registered; // guarded by the condition's lock

    @Actor
    public void waiter() {
        try {
            condition.acquire();
            try {
                registered = true;
                condition.await();
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
