package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.kit.shapes.EventShapes;
import dev.interlock.variants.adapters.NonVolatileEventAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Demonstration: {@link Event_04_SpinOnIsSetSeesSet}'s shape on an event whose {@code isSet()} is a
 * plain read of a non-volatile field ({@link dev.interlock.variants.NonVolatileEvent}). Once the
 * spin loop is JIT-compiled, the read is hoisted out of it and a set made meanwhile is never seen.
 */
@JCStressTest
@Expectation(subject = "NonVolatileEvent", property = "spin-on-is-set-sees-set", expected = Expectation.Expected.VIOLATED,
        pairedWith = Event_04_SpinOnIsSetSeesSet.class)
@Description("One thread spins on a NonVolatileEvent's isSet() for a few milliseconds; another thread calls set().")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "The spinning thread saw the flag (set before the loop began, or the loop was not compiled yet).")
@Outcome(id = "0", expect = ACCEPTABLE, desc = "The spinning thread gave up before set() returned (or within the margin): nothing shown.")
@Outcome(id = "-1", expect = ACCEPTABLE_INTERESTING, desc = "The spinning thread kept reading false for at least 1 ms after set() had returned: its read was hoisted out of the loop.")
@State
public class NonVolatileEvent_01_SpinOnIsSetSeesSet extends EventShapes.SpinOnIsSetSeesSet {
    public NonVolatileEvent_01_SpinOnIsSetSeesSet() {
        super(NonVolatileEventAdapter::create);
    }

    @Override
    @Actor
    public void setter() {
        super.setter();
    }

    @Override
    @Actor
    public void spinner() {
        super.spinner();
    }

    @Override
    @Arbiter
    public void arbiter(I_Result r) {
        super.arbiter(r);
    }
}
