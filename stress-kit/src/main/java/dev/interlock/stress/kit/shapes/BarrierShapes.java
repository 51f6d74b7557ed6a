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
import org.openjdk.jcstress.infra.results.III_Result;
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

    /**
     * Reset ends the waiting party's generation: a party waiting in a 2-party barrier leaves with
     * {@link BrokenBarrierException} when another thread resets the barrier, and right after the
     * reset no party is counted waiting (the barrier resets, then fills again from zero). The
     * resetter then aborts the barrier, so that a party a broken reset kept waiting is released at
     * once rather than after its deadline.
     */
    @Shape(property = "reset-breaks-waiting-party", name = "ResetBreaksWaitingParty")
    @Description("One thread waits in a {subject}(2); another waits until it is counted, resets the barrier, reads the number waiting, then aborts.")
    @Outcome(id = "-1, 0", expect = ACCEPTABLE, desc = "The reset broke the waiting party, and nobody was counted waiting after it.")
    @Outcome(id = "-1, 1", expect = FORBIDDEN, desc = "The reset kept the waiting party, counted in the new generation (the abort released it).")
    @Outcome(expect = FORBIDDEN, desc = "Anything else: the party's -1 broken, -2 timed out, -3 interrupted, -4 another exception, or 0/1 passed; -9 it was never counted waiting.")
    public abstract static class ResetBreaksWaitingParty {
        private final BarrierSubject barrier;

        protected ResetBreaksWaitingParty(Factory factory) {
            barrier = factory.create(2, NO_ACTION);
        }

        @Actor
        public void party(II_Result r) {
            r.r1 = arrive(barrier);
        }

        /** Waits until one party is counted, resets, reads the number waiting, then aborts; -9 if nobody was counted. */
        @Actor
        public void resetter(II_Result r) {
            if (!Deadline.spinUntil(() -> barrier.getNumberWaiting() == 1)) {
                r.r2 = -9;
                return;
            }
            barrier.reset();
            r.r2 = barrier.getNumberWaiting();
            barrier.abort();
        }
    }

    /**
     * A party that comes back while the cycle it just tripped is still draining joins the
     * <i>next</i> cycle: both parties of a 2-party barrier pass, then one of them polls again at
     * once ({@code await(0)}); whether or not the other has left yet, the poll finds a new, empty
     * cycle and times out. It never passes alone, counted with the party still leaving.
     */
    @Shape(property = "late-party-joins-next-cycle", name = "LatePartyJoinsNextCycle")
    @Description("Two threads call await() on a {subject}(2); the second then calls await(0) at once.")
    @Outcome(id = {"0, 1, -2", "1, 0, -2"}, expect = ACCEPTABLE, desc = "Both passed with distinct indices; the second thread's poll found a new, empty cycle and timed out.")
    @Outcome(id = {"0, 1, [01]", "1, 0, [01]"}, expect = FORBIDDEN, desc = "The poll was counted with the party still leaving the last cycle, and passed the barrier alone.")
    @Outcome(expect = FORBIDDEN, desc = "Anything else: -1 broken, -2 timed out, -3 interrupted, -4 another exception.")
    public abstract static class LatePartyJoinsNextCycle {
        private final BarrierSubject barrier;

        protected LatePartyJoinsNextCycle(Factory factory) {
            barrier = factory.create(2, NO_ACTION);
        }

        @Actor
        public void party1(III_Result r) {
            r.r1 = arrive(barrier);
        }

        @Actor
        public void party2(III_Result r) {
            r.r2 = arrive(barrier);
            r.r3 = poll(barrier);
        }
    }

    /** Waits at most {@link Deadline#SECONDS}: see {@link #await(BarrierSubject, long)}. */
    static int arrive(BarrierSubject barrier) {
        return await(barrier, Deadline.SECONDS);
    }

    /** {@code await(0)}, which never waits: see {@link #await(BarrierSubject, long)}. */
    static int poll(BarrierSubject barrier) {
        return await(barrier, 0);
    }

    /** The arrival index, or -1 broken, -2 timed out, -3 interrupted, -4 another exception. */
    private static int await(BarrierSubject barrier, long seconds) {
        try {
            return barrier.await(seconds, TimeUnit.SECONDS);
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
