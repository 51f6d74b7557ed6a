package dev.interlock.model;

import dev.interlock.subjects.ReentrantMutexSubject;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;

/**
 * Reentrancy and ownership (Python's {@code RLock}): a thread may take the lock again while it
 * holds it; each acquisition needs its own release; {@code getHoldCount} tells the caller's count;
 * a release by a thread that does not own the lock is refused with {@link
 * IllegalMonitorStateException} (compared by class with the specification's); after the last
 * release the lock is free for the other thread.
 *
 * <p>Only non-blocking operations: {@code tryAcquire} (a blocking acquire could wait forever for
 * the other thread's unreleased hold). The specification knows the calling thread through
 * Lincheck's thread id ({@code ThreadIdGen}); the subject knows its caller itself. No operations
 * run before or after the parallel part (they would run in a third thread).
 */
@SuppressWarnings("this-escape") // the binding's factory runs in the constructor: one subject per Lincheck instance
public abstract class ReentrancyModel extends LincheckModel {

    private final ReentrantMutexSubject lock = newLock();

    /** A new, unlocked subject. */
    protected abstract ReentrantMutexSubject newLock();

    @Override protected String property() { return "reentrancy-and-ownership"; }
    @Override protected String subject() { return nameOf(lock); }
    @Override protected Class<?> specification() { return Spec.class; }

    @Override
    protected <O extends Options<O, ?>> O shape(O options) {
        return super.shape(options).actorsBefore(0).actorsAfter(0);
    }

    /** Takes the lock if free or already held by this thread; returns the hold count after, 0 if refused. */
    @Operation
    public int tryAcquire(@Param(gen = ThreadIdGen.class) int thread) {
        return lock.tryAcquire() ? lock.getHoldCount() : 0;
    }

    /** Releases one hold; returns the hold count after. A non-owner's release throws. */
    @Operation
    public int release(@Param(gen = ThreadIdGen.class) int thread) {
        lock.release();
        return lock.getHoldCount();
    }

    /**
     * Re-entry by the owner ({@code with lock:} inside a section that holds it): takes the lock once
     * more and gives that hold back; returns the hold count then, which must be the count before.
     * -1 without touching the lock if the caller does not own it (so the other thread never sees a
     * transient hold this operation made).
     */
    @Operation
    public int reenter(@Param(gen = ThreadIdGen.class) int thread) {
        if (!lock.isHeldByCurrentThread()) return -1;
        if (!lock.tryAcquire()) throw new AssertionError("a reentrant lock refused its owner");
        lock.release();
        return lock.getHoldCount();
    }

    /** Whether the caller owns the lock. */
    @Operation
    public boolean isHeldByCurrentThread(@Param(gen = ThreadIdGen.class) int thread) {
        return lock.isHeldByCurrentThread();
    }

    /** Whether any thread holds the lock. */
    @Operation
    public boolean isLocked() {
        return lock.isLocked();
    }

    /** Sequential specification: an owner thread and its hold count. */
    public static class Spec {
        private int owner = -1;
        private int count;

        public int tryAcquire(int thread) {
            if (count > 0 && owner != thread) return 0;
            owner = thread;
            return ++count;
        }

        public int release(int thread) {
            if (count == 0 || owner != thread) throw new IllegalMonitorStateException("cannot release un-acquired lock");
            if (--count == 0) owner = -1;
            return count;
        }

        public int reenter(int thread) {
            return count > 0 && owner == thread ? count : -1;
        }

        public boolean isHeldByCurrentThread(int thread) {
            return count > 0 && owner == thread;
        }

        public boolean isLocked() {
            return count > 0;
        }
    }
}
