package dev.interlock.stress.kit.shapes;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.kit.Shape;
import dev.interlock.subjects.MutexSubject;
import java.util.function.Supplier;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.infra.results.II_Result;
import org.openjdk.jcstress.infra.results.I_Result;

/** The jcstress shapes of a lock: Python's {@code Lock} ({@link dev.interlock.stress.kit.Kind#MUTEX}), and in part its {@code RLock}. */
public final class MutexShapes {

    private MutexShapes() {
    }

    /** Mutual exclusion: two increments of a plain counter, each inside acquire/release, are both kept. */
    @Shape(property = "mutual-exclusion", name = "MutualExclusion")
    @Description("Two threads each increment a plain counter once while holding the same {subject}.")
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments were kept: the critical sections did not overlap.")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "An increment was lost: both threads were in the critical section at once.")
    @Outcome(expect = FORBIDDEN, desc = "The counter has a value two increments cannot produce.")
    public abstract static class MutualExclusion {
        private final MutexSubject lock;
        private int counter;

        protected MutualExclusion(Supplier<? extends MutexSubject> factory) {
            lock = factory.get();
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
            lock.acquireUninterruptibly();
            try {
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

    /** Release happens-before a later acquire: data written before a release is seen after the next acquire. */
    @Shape(property = "release-acquire-visibility", name = "ReleaseAcquireVisibility")
    @Description("One thread writes data, then sets a flag under the {subject}; the other reads the flag under the {subject}, then the data.")
    @Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The reader took the lock first: it saw neither the flag nor the data.")
    @Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "The reader took the lock first, and saw the data written meanwhile.")
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The reader took the lock second and saw the flag and the data.")
    @Outcome(id = "1, 0", expect = FORBIDDEN, desc = "The reader saw the flag set under the lock but not the data written before the release.")
    public abstract static class ReleaseAcquireVisibility {
        private final MutexSubject lock;
        private int data;
        private int flag;

        protected ReleaseAcquireVisibility(Supplier<? extends MutexSubject> factory) {
            lock = factory.get();
        }

        @Actor
        public void writer() {
            data = 1;
            lock.acquireUninterruptibly();
            try {
                flag = 1;
            } finally {
                lock.release();
            }
        }

        @Actor
        public void reader(II_Result r) {
            int f;
            lock.acquireUninterruptibly();
            try {
                f = flag;
            } finally {
                lock.release();
            }
            r.r1 = f;
            r.r2 = data;
        }
    }

    /**
     * Liveness: a thread waiting in {@code acquire} for a held lock proceeds once another thread
     * releases it (the lock has no owner, so the signal thread may release it). When the release
     * comes before the actor blocks, the actor simply takes the free lock: either way it must finish.
     * Ownerless locks only: an owned lock refuses the signal thread's release.
     */
    @Shape(property = "blocked-acquire-woken-by-release", name = "BlockedAcquireWokenByRelease", mode = Mode.Termination)
    @Description("The lock is held; one thread calls acquire, another releases the lock.")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The release let the waiting acquire finish.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "The acquire never finished although the lock was released: a lost wakeup.")
    @Outcome(id = "ERROR", expect = FORBIDDEN, desc = "The acquire or the release threw an exception.")
    public abstract static class BlockedAcquireWokenByRelease {
        private final MutexSubject lock;

        protected BlockedAcquireWokenByRelease(Supplier<? extends MutexSubject> factory) {
            lock = factory.get();
            lock.acquireUninterruptibly();
        }

        @Actor
        public void actor() {
            lock.acquireUninterruptibly();
        }

        @Signal
        public void signal() {
            lock.release();
        }
    }

    /**
     * Interruption: a thread waiting in {@code acquire} for a lock that is never released ends with
     * {@link InterruptedException} when interrupted (or at once, if the interrupt comes first). The
     * thread that creates the test state takes the lock and never releases it.
     */
    @Shape(property = "interrupted-acquire-throws", name = "InterruptedAcquireThrows", mode = Mode.Termination)
    @Description("Another thread holds the {subject} for good; one thread calls acquire, another interrupts it.")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The interrupted acquire ended with InterruptedException.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "The interrupted acquire went on waiting.")
    @Outcome(id = "ERROR", expect = FORBIDDEN, desc = "The acquire took a lock that another thread holds and never released, or failed otherwise.")
    public abstract static class InterruptedAcquireThrows {
        private final MutexSubject lock;
        private volatile Thread waiter;

        protected InterruptedAcquireThrows(Supplier<? extends MutexSubject> factory) {
            lock = factory.get();
            lock.acquireUninterruptibly();
        }

        @Actor
        public void actor() {
            waiter = Thread.currentThread();
            try {
                lock.acquire();
            } catch (InterruptedException expected) {
                return;
            }
            throw new IllegalStateException("acquired " + lock + " although another thread holds it for good");
        }

        @Signal
        public void signal() {
            Thread t;
            while ((t = waiter) == null) Thread.onSpinWait();
            t.interrupt();
        }
    }

    /**
     * Mutual exclusion of the non-blocking acquire: of two threads that call {@code tryAcquire()}
     * on a free lock at the same time, exactly one gets it. The shortest shape there is (no
     * release, no waiting), so the two calls really overlap: a test-and-set that is not atomic
     * shows at once.
     */
    @Shape(property = "mutual-exclusion-try-acquire", name = "TryAcquireExcludes")
    @Description("Two threads call tryAcquire() on the same free {subject}.")
    @Outcome(id = {"1, 0", "0, 1"}, expect = ACCEPTABLE, desc = "Exactly one thread took the lock.")
    @Outcome(id = "1, 1", expect = FORBIDDEN, desc = "Both threads took the lock: the test-and-set is not atomic.")
    @Outcome(id = "0, 0", expect = FORBIDDEN, desc = "Neither thread took the free lock.")
    public abstract static class TryAcquireExcludes {
        private final MutexSubject lock;

        protected TryAcquireExcludes(Supplier<? extends MutexSubject> factory) {
            lock = factory.get();
        }

        @Actor
        public void actor1(II_Result r) {
            r.r1 = lock.tryAcquire() ? 1 : 0;
        }

        @Actor
        public void actor2(II_Result r) {
            r.r2 = lock.tryAcquire() ? 1 : 0;
        }
    }
}
