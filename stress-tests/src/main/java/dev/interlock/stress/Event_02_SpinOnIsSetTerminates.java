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

/**
 * Visibility of the flag itself: a thread spinning on {@code isSet()} in an empty loop stops
 * after another thread calls {@code set()}. The JIT may not hoist the read out of the loop.
 */
@JCStressTest(Mode.Termination)
@Expectation(subject = "Event", property = "spin-on-is-set-terminates")
@Description("One thread spins while isSet() is false, in an empty loop; another thread calls set().")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The spinning thread saw the flag and stopped.")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "The spinning thread never saw the flag: its read was hoisted out of the loop.")
@Outcome(id = "ERROR", expect = FORBIDDEN, desc = "isSet() or set() threw an exception.")
@State
public class Event_02_SpinOnIsSetTerminates {
    private final EventSubject event = new EventAdapter(new Event());

    @Actor
    public void actor() {
        while (!event.isSet()) {
            // Deliberately empty: no call or fence that would force a re-read.
        }
    }

    @Signal
    public void signal() {
        event.set();
    }
}
