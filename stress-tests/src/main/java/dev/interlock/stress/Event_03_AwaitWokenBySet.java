package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Event;
import dev.interlock.subjects.EventSubject;
import dev.interlock.subjects.adapters.EventAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/** Liveness: a thread blocked in {@code await} returns once another thread calls {@code set()}. */
@JCStressTest(Mode.Termination)
@Expectation(subject = "Event", property = "await-woken-by-set")
@Description("One thread calls await() on a clear Event; another thread calls set().")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The set woke the waiting thread (or came first and await returned at once).")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "The waiting thread was never woken although the Event was set: a lost wakeup.")
@Outcome(id = "ERROR", expect = FORBIDDEN, desc = "await() or set() threw an exception.")
@State
public class Event_03_AwaitWokenBySet {
    private final EventSubject event = new EventAdapter(new Event());

    @Actor
    public void actor() {
        try {
            event.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException("nobody interrupts this thread", e);
        }
    }

    @Signal
    public void signal() {
        event.set();
    }
}
