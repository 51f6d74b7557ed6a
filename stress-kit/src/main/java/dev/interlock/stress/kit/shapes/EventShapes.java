package dev.interlock.stress.kit.shapes;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.kit.Shape;
import dev.interlock.subjects.EventSubject;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.infra.results.II_Result;
import org.openjdk.jcstress.infra.results.I_Result;

/** The jcstress shapes of an event: Python's {@code Event} ({@link dev.interlock.stress.kit.Kind#EVENT}). */
public final class EventShapes {

    private EventShapes() {
    }

    /** {@code set()} publishes: data written before {@code set()} is seen by a thread that sees the flag set. */
    @Shape(property = "set-publishes-data", name = "SetPublishesData")
    @Description("One thread writes data and sets the {subject}; the other reads isSet(), then the data.")
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The reader came first: flag clear, data not yet visible.")
    @Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "The flag still clear, the data already visible.")
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The reader saw the flag set and the data.")
    @Outcome(id = "1, 0", expect = FORBIDDEN, desc = "The reader saw the flag set but not the data written before set().")
    public abstract static class SetPublishesData {
        private final EventSubject event;
        private int data;

        protected SetPublishesData(Supplier<? extends EventSubject> factory) {
            event = factory.get();
        }

        @Actor
        public void writer() {
            data = 1;
            event.set();
        }

        @Actor
        public void reader(II_Result r) {
            r.r1 = event.isSet() ? 1 : 0;
            r.r2 = data;
        }
    }

    /**
     * Visibility without a wait: a thread that spins on {@code isSet()} in an empty loop sees
     * another thread's {@code set()} and stops (the flag is read afresh every time: volatile).
     */
    @Shape(property = "spin-on-is-set-terminates", name = "SpinOnIsSetTerminates", mode = Mode.Termination)
    @Description("One thread spins while isSet() is false, in an empty loop; another thread calls set().")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The spinning thread saw the flag and stopped.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "The spinning thread never saw the flag: its read was hoisted out of the loop.")
    @Outcome(id = "ERROR", expect = FORBIDDEN, desc = "isSet() or set() threw an exception.")
    public abstract static class SpinOnIsSetTerminates {
        private final EventSubject event;

        protected SpinOnIsSetTerminates(Supplier<? extends EventSubject> factory) {
            event = factory.get();
        }

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

    /** Liveness: a thread waiting in {@code await()} proceeds once another thread sets the event. */
    @Shape(property = "await-woken-by-set", name = "AwaitWokenBySet", mode = Mode.Termination)
    @Description("One thread calls await() on a clear {subject}; another thread calls set().")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The set woke the waiting thread (or came first and await returned at once).")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "The waiting thread was never woken although the Event was set: a lost wakeup.")
    @Outcome(id = "ERROR", expect = FORBIDDEN, desc = "await() or set() threw an exception.")
    public abstract static class AwaitWokenBySet {
        private final EventSubject event;

        protected AwaitWokenBySet(Supplier<? extends EventSubject> factory) {
            event = factory.get();
        }

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

    /**
     * Visibility of the flag, as {@link SpinOnIsSetTerminates} but as an outcome instead of a
     * termination: a STALE termination trial costs jcstress's 30 s join timeout, this at most
     * {@value #SPIN_MILLIS} ms per sample. One thread spins on {@code isSet()} for at most
     * {@value #SPIN_MILLIS} ms, reading the clock before every read of the flag; the other calls
     * {@code set()} and then reads the clock. If the spinner gave up although {@code set()} had
     * returned at least {@value #MARGIN_MILLIS} ms before the clock reading that preceded its last
     * read of the flag, that read did not see a write completed a millisecond earlier: the JIT
     * hoisted it out of the loop. The margin absorbs the clock and any reordering of the clock
     * call with the read, which happen within nanoseconds; with a volatile flag the bad outcome
     * does not occur.
     */
    @Shape(property = "spin-on-is-set-sees-set", name = "SpinOnIsSetSeesSet")
    @Description("One thread spins on the {subject}'s isSet() for a few milliseconds, in a loop with only a clock call; another thread calls set().")
    @Outcome(id = "1", expect = ACCEPTABLE, desc = "The spinning thread saw the flag.")
    @Outcome(id = "0", expect = ACCEPTABLE, desc = "The spinning thread gave up before set() returned (or within the margin): nothing shown.")
    @Outcome(id = "-1", expect = FORBIDDEN, desc = "The spinning thread kept reading false for at least 1 ms after set() had returned: its read was hoisted out of the loop.")
    public abstract static class SpinOnIsSetSeesSet {
        /** How long the spinner spins before it gives up. */
        public static final long SPIN_MILLIS = 4;
        /** How long before the spinner's last clock reading {@code set()} must have returned to count as missed. */
        public static final long MARGIN_MILLIS = 1;

        private final EventSubject event;
        private long setAt;    // the setter's clock after set() returned; read by the arbiter only
        private long gaveUpAt; // the spinner's clock reading before its last read of the flag
        private boolean seen;

        protected SpinOnIsSetSeesSet(Supplier<? extends EventSubject> factory) {
            event = factory.get();
        }

        @Actor
        public void setter() {
            event.set();
            setAt = System.nanoTime();
        }

        @Actor
        public void spinner() {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SPIN_MILLIS);
            for (;;) {
                long now = System.nanoTime();
                if (event.isSet()) {
                    seen = true;
                    return;
                }
                if (now - deadline > 0) {
                    gaveUpAt = now;
                    return;
                }
            }
        }

        /** 1 seen; 0 gave up before (or within the margin after) set() returned; -1 missed a set made well before. */
        @Arbiter
        public void arbiter(I_Result r) {
            if (seen) {
                r.r1 = 1;
            } else {
                r.r1 = gaveUpAt - setAt > TimeUnit.MILLISECONDS.toNanos(MARGIN_MILLIS) ? -1 : 0;
            }
        }
    }
}
