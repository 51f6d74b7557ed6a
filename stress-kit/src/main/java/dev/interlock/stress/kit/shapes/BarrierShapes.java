package dev.interlock.stress.kit.shapes;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.Deadline;
import dev.interlock.stress.kit.Shape;
import dev.interlock.subjects.BarrierSubject;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.infra.results.IIII_Result;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The jcstress shapes of a barrier: Python's {@code Barrier} ({@link
 * dev.interlock.stress.kit.Kind#BARRIER}). The factory takes the number of parties and the action
 * run by the last arriving party of each cycle (a no-op where the shape needs none). Parties wait
 * at most {@link Deadline#SECONDS} (a deadline, not pacing) and catch everything, so that a broken
 * barrier shows as a FORBIDDEN outcome instead of hanging the whole jcstress run.
 */
public final class BarrierShapes {

    /** What the factory of a {@link dev.interlock.stress.kit.Kind#BARRIER} subject looks like. */
    @FunctionalInterface
    public interface Factory {
        /** A new barrier for {@code parties} threads whose last arrival runs {@code action}. */
        BarrierSubject create(int parties, Runnable action);
    }

    private static final Runnable NO_ACTION = () -> { };

    private BarrierShapes() {
    }

    /** Both parties of a 2-party barrier pass, with the two distinct arrival indices 0 and 1. */
    @Shape(property = "both-parties-pass", name = "BothPartiesPass")
    @Description("Two threads call await() on a {subject}(2); each records its arrival index.")
    @Outcome(id = {"0, 1", "1, 0"}, expect = ACCEPTABLE, desc = "Both passed, one as the first arrival and one as the last, with distinct indices 0 and 1.")
    @Outcome(id = {"0, 0", "1, 1"}, expect = FORBIDDEN, desc = "Both parties got the same arrival index.")
    @Outcome(expect = FORBIDDEN, desc = "A party did not pass: -1 broken, -2 timed out (a lost wakeup), -3 interrupted, -4 another exception.")
    public abstract static class BothPartiesPass {
        private final BarrierSubject barrier;

        protected BothPartiesPass(Factory factory) {
            barrier = factory.create(2, NO_ACTION);
        }

        @Actor
        public void party1(II_Result r) {
            r.r1 = arrive(barrier);
        }

        @Actor
        public void party2(II_Result r) {
            r.r2 = arrive(barrier);
        }
    }

    /**
     * Happens-before through the barrier: every party, once released, sees the barrier action's
     * write and the other party's write made before it called {@code await}.
     */
    @Shape(property = "writes-visible-after-trip", name = "WritesVisibleAfterTrip")
    @Description("{subject}(2) with an action that writes a field; each party writes its own field, awaits, then reads the action's field and the other party's.")
    @Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE, desc = "Both released parties saw the action's write and the other party's write.")
    @Outcome(expect = FORBIDDEN, desc = "A released party missed the action's write or the other party's write before await (-1: the party did not pass).")
    public abstract static class WritesVisibleAfterTrip {
        private final BarrierSubject barrier;
        private int written1;
        private int written2;
        private int writtenByAction;

        protected WritesVisibleAfterTrip(Factory factory) {
            barrier = factory.create(2, () -> writtenByAction = 1);
        }

        @Actor
        public void party1(IIII_Result r) {
            written1 = 1;
            if (arrive(barrier) < 0) {
                r.r1 = -1;
                r.r2 = -1;
                return;
            }
            r.r1 = writtenByAction;
            r.r2 = written2;
        }

        @Actor
        public void party2(IIII_Result r) {
            written2 = 1;
            if (arrive(barrier) < 0) {
                r.r3 = -1;
                r.r4 = -1;
                return;
            }
            r.r3 = writtenByAction;
            r.r4 = written1;
        }
    }

    /**
     * A broken barrier releases its waiters: a party waiting in a 2-party barrier whose other
     * party never comes ends with {@link BrokenBarrierException} when another thread aborts it.
     */
    @Shape(property = "broken-barrier-releases-party", name = "BrokenReleasesOtherParty", mode = Mode.Termination)
    @Description("One thread waits in a {subject}(2); another thread waits until it is counted, then aborts the barrier.")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The waiting party ended with BrokenBarrierException.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "The waiting party was never released although the barrier broke.")
    @Outcome(id = "ERROR", expect = FORBIDDEN, desc = "The waiting party passed a barrier whose other party never came, or got another exception.")
    public abstract static class BrokenReleasesOtherParty {
        private final BarrierSubject barrier;

        protected BrokenReleasesOtherParty(Factory factory) {
            barrier = factory.create(2, NO_ACTION);
        }

        @Actor
        public void party() {
            try {
                barrier.await();
            } catch (BrokenBarrierException expected) {
                return;
            } catch (InterruptedException | TimeoutException e) {
                throw new IllegalStateException("expected BrokenBarrierException", e);
            }
            throw new IllegalStateException("passed " + barrier + " alone");
        }

        @Signal
        public void signal() {
            Deadline.spinUntil(() -> barrier.getNumberWaiting() == 1);
            barrier.abort();
        }
    }

    /** The arrival index, or -1 broken, -2 timed out, -3 interrupted, -4 another exception. */
    static int arrive(BarrierSubject barrier) {
        try {
            return barrier.await(Deadline.SECONDS, TimeUnit.SECONDS);
        } catch (BrokenBarrierException e) {
            return -1;
        } catch (TimeoutException e) {
            return -2;
        } catch (InterruptedException e) {
            return -3;
        } catch (RuntimeException e) {
            return -4;
        }
    }
}
