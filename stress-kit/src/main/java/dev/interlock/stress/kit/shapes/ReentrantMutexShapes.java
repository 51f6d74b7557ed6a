package dev.interlock.stress.kit.shapes;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.kit.Shape;
import dev.interlock.subjects.ReentrantMutexSubject;
import java.util.function.Supplier;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.III_Result;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * The jcstress shapes only a reentrant, owned lock has: Python's {@code RLock} ({@link
 * dev.interlock.stress.kit.Kind#REENTRANT_MUTEX}, which also uses two of {@link MutexShapes}).
 */
public final class ReentrantMutexShapes {

    private ReentrantMutexShapes() {
    }

    /**
     * Reentrant exclusion: each thread acquires the lock twice, increments, releases once (still
     * holding it), increments again and releases. The inner release must not let the other in.
     */
    @Shape(property = "reentrant-mutual-exclusion", name = "ReentrantMutualExclusion")
    @Description("Two threads each acquire the same {subject} twice and increment a plain counter twice, once after each level.")
    @Outcome(id = "4", expect = ACCEPTABLE, desc = "All four increments were kept: the lock was held until the outer release.")
    @Outcome(id = {"2", "3"}, expect = FORBIDDEN, desc = "An increment was lost: the inner release let the other thread in, or both held the lock.")
    @Outcome(expect = FORBIDDEN, desc = "The counter has a value four increments cannot produce.")
    public abstract static class ReentrantMutualExclusion {
        private final ReentrantMutexSubject lock;
        private int counter;

        protected ReentrantMutualExclusion(Supplier<? extends ReentrantMutexSubject> factory) {
            lock = factory.get();
        }

        @Actor
        public void actor1() {
            incrementTwice();
        }

        @Actor
        public void actor2() {
            incrementTwice();
        }

        private void incrementTwice() {
            lock.acquireUninterruptibly();
            try {
                lock.acquireUninterruptibly();
                try {
                    counter++;
                } finally {
                    lock.release();
                }
                counter++;
            } finally {
                lock.release();
            }
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = counter;
        }
    }

    /**
     * Ownership: a thread that does not own the lock cannot release it, whether it calls release
     * before or after the owner acquired. The owner's hold count and the lock stay as they were.
     */
    @Shape(property = "non-owner-release-refused", name = "NonOwnerReleaseRefused")
    @Description("One thread acquires the {subject} and keeps it; another thread calls release.")
    @Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "The stranger's release was refused; the owner kept hold count 1 and the lock stayed locked.")
    @Outcome(id = "0, .*", expect = FORBIDDEN, desc = "A thread that did not own the lock released it without an exception.")
    @Outcome(expect = FORBIDDEN, desc = "The owner's hold count or the lock's state was changed by a refused release.")
    public abstract static class NonOwnerReleaseRefused {
        private final ReentrantMutexSubject lock;
        private int ownerHoldCount;

        protected NonOwnerReleaseRefused(Supplier<? extends ReentrantMutexSubject> factory) {
            lock = factory.get();
        }

        @Actor
        public void owner() {
            lock.acquireUninterruptibly();
            ownerHoldCount = lock.getHoldCount();
        }

        @Actor
        public void stranger(III_Result r) {
            try {
                lock.release();
                r.r1 = 0;
            } catch (IllegalMonitorStateException expected) {
                r.r1 = 1;
            }
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r2 = ownerHoldCount;
            r.r3 = lock.isLocked() ? 1 : 0;
        }
    }
}
