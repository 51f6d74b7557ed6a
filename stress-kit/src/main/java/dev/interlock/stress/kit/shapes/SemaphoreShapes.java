package dev.interlock.stress.kit.shapes;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.kit.Shape;
import dev.interlock.subjects.SemaphoreSubject;
import java.util.function.IntFunction;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.infra.results.III_Result;
import org.openjdk.jcstress.infra.results.II_Result;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * The jcstress shapes of a counting semaphore: Python's {@code Semaphore} ({@link
 * dev.interlock.stress.kit.Kind#SEMAPHORE}) and {@code BoundedSemaphore} ({@link
 * dev.interlock.stress.kit.Kind#BOUNDED_SEMAPHORE}). The factory takes the initial value.
 */
public final class SemaphoreShapes {

    private SemaphoreShapes() {
    }

    /** Permits are conserved: a unit taken and given back leaves the value where it was. */
    @Shape(property = "permits-conserved", name = "PermitsConserved")
    @Description("{subject}(1): two threads each tryAcquire and, if that succeeded, release; then the value is read.")
    @Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "Both took the permit in turn and gave it back: one permit remains.")
    @Outcome(id = {"1, 0, 1", "0, 1, 1"}, expect = ACCEPTABLE, desc = "One took the permit while the other found none; one permit remains.")
    @Outcome(id = "0, 0, .*", expect = FORBIDDEN, desc = "Neither thread got the free permit.")
    @Outcome(expect = FORBIDDEN, desc = "A permit was created or lost: the value is not 1 after equal takes and gives.")
    public abstract static class PermitsConserved {
        private final SemaphoreSubject semaphore;

        protected PermitsConserved(IntFunction<? extends SemaphoreSubject> factory) {
            semaphore = factory.apply(1);
        }

        @Actor
        public void actor1(III_Result r) {
            r.r1 = takeAndGiveBack();
        }

        @Actor
        public void actor2(III_Result r) {
            r.r2 = takeAndGiveBack();
        }

        private int takeAndGiveBack() {
            if (!semaphore.tryAcquire()) return 0;
            semaphore.release();
            return 1;
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = semaphore.availablePermits();
        }
    }

    /** Release happens-before the acquire that takes the released unit. */
    @Shape(property = "release-acquire-visibility", name = "ReleaseAcquireVisibility")
    @Description("{subject}(0): one thread writes data and releases a permit; the other tries to take it, then reads the data.")
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "No permit yet, and the data not yet visible.")
    @Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "No permit yet, but the data already visible.")
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The reader took the released permit and saw the data.")
    @Outcome(id = "1, 0", expect = FORBIDDEN, desc = "The reader took the released permit but not the data written before the release.")
    public abstract static class ReleaseAcquireVisibility {
        private final SemaphoreSubject semaphore;
        private int data;

        protected ReleaseAcquireVisibility(IntFunction<? extends SemaphoreSubject> factory) {
            semaphore = factory.apply(0);
        }

        @Actor
        public void writer() {
            data = 1;
            semaphore.release();
        }

        @Actor
        public void reader(II_Result r) {
            r.r1 = semaphore.tryAcquire() ? 1 : 0;
            r.r2 = data;
        }
    }

    /** Liveness: a thread waiting in {@code acquire} on an empty semaphore proceeds once a unit is released. */
    @Shape(property = "blocked-acquire-woken-by-release", name = "BlockedAcquireWokenByRelease", mode = Mode.Termination)
    @Description("{subject}(0): one thread calls acquire, another releases one permit.")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The release let the waiting acquire take the permit.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "The acquire never finished although a permit was released: a lost wakeup.")
    @Outcome(id = "ERROR", expect = FORBIDDEN, desc = "The acquire or the release threw an exception.")
    public abstract static class BlockedAcquireWokenByRelease {
        private final SemaphoreSubject semaphore;

        protected BlockedAcquireWokenByRelease(IntFunction<? extends SemaphoreSubject> factory) {
            semaphore = factory.apply(0);
        }

        @Actor
        public void actor() {
            semaphore.acquireUninterruptibly();
        }

        @Signal
        public void signal() {
            semaphore.release();
        }
    }

    /** Mutual exclusion through the single unit of a semaphore of value 1. */
    @Shape(property = "mutual-exclusion", name = "MutualExclusion")
    @Description("Two threads each increment a plain counter once while holding the one unit of a {subject}(1).")
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments were kept: the critical sections did not overlap.")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "An increment was lost: both threads held the single unit at once.")
    @Outcome(expect = FORBIDDEN, desc = "The counter has a value two increments cannot produce.")
    public abstract static class MutualExclusion {
        private final SemaphoreSubject semaphore;
        private int counter;

        protected MutualExclusion(IntFunction<? extends SemaphoreSubject> factory) {
            semaphore = factory.apply(1);
        }

        @Actor
        public void actor1() {
            increment();
        }

        @Actor
        public void actor2() {
            increment();
        }

        private void increment() {
            semaphore.acquireUninterruptibly();
            try {
                counter++;
            } finally {
                semaphore.release();
            }
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = counter;
        }
    }

    /** A bounded semaphore refuses exactly one of two racing releases that would both go past the bound. */
    @Shape(property = "over-release-refused-once", name = "OverReleaseRefusedOnce")
    @Description("{subject}(2) with one unit taken: two threads release one unit each at the same time.")
    @Outcome(id = {"1, 0, 2", "0, 1, 2"}, expect = ACCEPTABLE, desc = "Exactly one release was accepted, the other refused; the value is back at its bound.")
    @Outcome(id = "1, 1, .*", expect = FORBIDDEN, desc = "Both releases were accepted: the value went above its bound.")
    @Outcome(id = "0, 0, .*", expect = FORBIDDEN, desc = "Both releases were refused although there was room for one.")
    @Outcome(expect = FORBIDDEN, desc = "The value does not match the releases that were accepted.")
    public abstract static class OverReleaseRefusedOnce {
        private final SemaphoreSubject semaphore;

        protected OverReleaseRefusedOnce(IntFunction<? extends SemaphoreSubject> factory) {
            semaphore = factory.apply(2);
            if (!semaphore.tryAcquire()) throw new IllegalStateException("a fresh " + semaphore + " had no unit");
        }

        @Actor
        public void actor1(III_Result r) {
            r.r1 = accepted();
        }

        @Actor
        public void actor2(III_Result r) {
            r.r2 = accepted();
        }

        private int accepted() {
            try {
                semaphore.release();
                return 1;
            } catch (IllegalStateException refused) {
                return 0;
            }
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = semaphore.availablePermits();
        }
    }

    /** Interruption: a thread waiting in {@code acquire} for a unit that is never released ends with {@link InterruptedException}, taking nothing. */
    @Shape(property = "interrupted-acquire-throws", name = "InterruptedAcquireThrows", mode = Mode.Termination)
    @Description("{subject}(1) with its unit taken for good; one thread calls acquire, another interrupts it.")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The interrupted acquire ended with InterruptedException.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "The interrupted acquire went on waiting.")
    @Outcome(id = "ERROR", expect = FORBIDDEN, desc = "The acquire took a unit that was never released, or failed otherwise.")
    public abstract static class InterruptedAcquireThrows {
        private final SemaphoreSubject semaphore;
        private volatile Thread waiter;

        protected InterruptedAcquireThrows(IntFunction<? extends SemaphoreSubject> factory) {
            semaphore = factory.apply(1);
            semaphore.acquireUninterruptibly();
        }

        @Actor
        public void actor() {
            waiter = Thread.currentThread();
            try {
                semaphore.acquire();
            } catch (InterruptedException expected) {
                if (semaphore.availablePermits() != 0) throw new IllegalStateException("value changed: " + semaphore);
                return;
            }
            throw new IllegalStateException("took a unit of " + semaphore + " that was never released");
        }

        @Signal
        public void signal() {
            Thread t;
            while ((t = waiter) == null) Thread.onSpinWait();
            t.interrupt();
        }
    }

    /**
     * The last unit goes to one thread only: two threads call {@code tryAcquire()} on a
     * semaphore of value 1 at the same time; exactly one gets the unit and the value ends at 0.
     * The shortest shape there is (no release, no waiting), so the two calls really overlap: a
     * decrement that is not atomic shows.
     */
    @Shape(property = "last-permit-taken-once", name = "LastPermitTakenOnce")
    @Description("{subject}(1): two threads call tryAcquire() at the same time; then the value is read.")
    @Outcome(id = {"1, 0, 0", "0, 1, 0"}, expect = ACCEPTABLE, desc = "Exactly one thread took the unit; none is left.")
    @Outcome(id = "1, 1, .*", expect = FORBIDDEN, desc = "Both threads took the single unit: the decrement is not atomic.")
    @Outcome(expect = FORBIDDEN, desc = "Nobody took the free unit, or the value does not match the units taken.")
    public abstract static class LastPermitTakenOnce {
        private final SemaphoreSubject semaphore;

        protected LastPermitTakenOnce(IntFunction<? extends SemaphoreSubject> factory) {
            semaphore = factory.apply(1);
        }

        @Actor
        public void actor1(III_Result r) {
            r.r1 = semaphore.tryAcquire() ? 1 : 0;
        }

        @Actor
        public void actor2(III_Result r) {
            r.r2 = semaphore.tryAcquire() ? 1 : 0;
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = semaphore.availablePermits();
        }
    }
}
