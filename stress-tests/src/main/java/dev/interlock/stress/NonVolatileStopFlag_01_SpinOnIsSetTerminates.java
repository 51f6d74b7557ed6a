package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.subjects.EventSubject;
import dev.interlock.variants.adapters.NonVolatileStopFlagAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * Demonstration: {@link Event_02_SpinOnIsSetTerminates}'s shape on a stop flag in a plain
 * {@code boolean} ({@link dev.interlock.variants.NonVolatileStopFlag}). The JIT hoists the read
 * out of the loop and the spinning thread never stops. Each STALE trial costs jcstress's 30 s
 * join timeout.
 */
@JCStressTest(Mode.Termination)
@Expectation(subject = "NonVolatileStopFlag", property = "spin-on-is-set-terminates",
        expected = Expectation.Expected.VIOLATED, pairedWith = Event_02_SpinOnIsSetTerminates.class)
@Description("One thread spins while a non-volatile flag is false, in an empty loop; another thread sets it.")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The spinning thread saw the flag and stopped (the loop was not compiled yet).")
@Outcome(id = "STALE", expect = ACCEPTABLE_INTERESTING, desc = "The spinning thread never saw the flag: its read was hoisted out of the loop.")
@Outcome(id = "ERROR", expect = FORBIDDEN, desc = "isSet() or set() threw an exception.")
@State
public class NonVolatileStopFlag_01_SpinOnIsSetTerminates {
    private final EventSubject event = NonVolatileStopFlagAdapter.create();

    @Actor
    public void actor() {
        while (!event.isSet()) {
            // Deliberately empty: nothing forces a re-read of the plain field.
        }
    }

    @Signal
    public void signal() {
        event.set();
    }
}
