package dev.interlock.variants;

/**
 * <b>Broken on purpose:</b> a one-shot stop flag held in a plain (non-{@code volatile}) {@code
 * boolean}.
 *
 * <p>Without {@code volatile} (or a lock) there is no happens-before edge from {@link #set()} to
 * {@link #isSet()} in another thread, so the Java memory model allows the reader never to see the
 * write. It really happens: a JIT-compiled loop {@code while (!flag.isSet()) { }} reads the field
 * once, hoists the read out of the loop and spins forever. {@link dev.interlock.Event#isSet()}
 * reads a volatile state and always terminates.
 *
 * <p>Demonstrated by the jcstress test {@code NonVolatileStopFlag_01_SpinOnIsSetTerminates} (a
 * {@code Mode.Termination} test: the spinning actor goes STALE), paired with {@code
 * Event_02_SpinOnIsSetTerminates}.
 */
public final class NonVolatileStopFlag {
    private boolean set; // broken: not volatile

    /** Sets the flag, with a plain write. */
    public void set() {
        set = true;
    }

    /** Clears the flag, with a plain write. */
    public void clear() {
        set = false;
    }

    /** Reads the flag, with a plain read that the JIT may hoist out of a loop. */
    public boolean isSet() {
        return set;
    }

    @Override
    public String toString() {
        return "NonVolatileStopFlag[" + (set ? "set" : "unset") + "]";
    }
}
