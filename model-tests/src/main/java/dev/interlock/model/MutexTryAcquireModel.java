package dev.interlock.model;

import dev.interlock.subjects.MutexSubject;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;

/**
 * Mutual exclusion, non-blocking half: {@code tryAcquire}/{@code release}/{@code isLocked} from two
 * threads are linearizable to a lock that one thread at a time can hold.
 *
 * <p>Every operation returns promptly, so none can hang the model (a blocking {@code acquire}
 * after a {@code tryAcquire} that left the lock held would). The sequential specification needs to
 * know which thread calls (an owned lock refuses another thread's release), so the holding
 * operations take Lincheck's thread id ({@code ThreadIdGen}); the subject never sees it, it
 * knows its caller. No operations run before or after the parallel part (they would run in a
 * third, main thread).
 *
 * <p>Bind: {@code Lock} and {@code BoundedSemaphore(1)} (through {@link SemaphoreAsMutex}):
 * ownerless, any thread may release a held lock; {@code RLock} with {@link #owned()} true: the
 * owner's second {@code tryAcquire} succeeds (reentrant) and another thread's release is refused.
 * {@code Semaphore(1)} does <b>not</b> fit: its {@code release()} of a free lock is accepted (the
 * value becomes 2, Python's unbounded release) where this specification refuses it; it binds the
 * acquire–work–release model ({@link MutexCounterModel}), where every release follows its acquire.
 */
@SuppressWarnings("this-escape") // the binding's factory runs in the constructor: one subject per Lincheck instance
public abstract class MutexTryAcquireModel extends LincheckModel {

    private final MutexSubject lock = newLock();

    /** A new, unlocked subject. */
    protected abstract MutexSubject newLock();

    /** Whether the lock is owned and reentrant (RLock): selects {@link OwnedSpec}. */
    protected boolean owned() {
        return false;
    }

    @Override protected String property() { return "mutual-exclusion-try-acquire"; }
    @Override protected String subject() { return nameOf(lock); }
    @Override protected Class<?> specification() { return owned() ? OwnedSpec.class : Spec.class; }

    @Override
    protected <O extends Options<O, ?>> O shape(O options) {
        return super.shape(options).actorsBefore(0).actorsAfter(0);
    }

    /** Takes the lock if it is free now (or, owned, already held by this thread). */
    @Operation
    public boolean tryAcquire(@Param(gen = ThreadIdGen.class) int thread) {
        return lock.tryAcquire();
    }

    /** Releases; false if the release was refused (not held, or held by another thread of an owned lock). */
    @Operation
    public boolean release(@Param(gen = ThreadIdGen.class) int thread) {
        try {
            lock.release();
            return true;
        } catch (IllegalMonitorStateException | IllegalStateException refused) {
            return false;
        }
    }

    /** Whether any thread holds the lock. */
    @Operation
    public boolean isLocked() {
        return lock.isLocked();
    }

    /** Sequential specification of an ownerless, non-reentrant lock (Python's {@code Lock}). */
    public static class Spec {
        private boolean held;

        public boolean tryAcquire(int thread) {
            if (held) return false;
            held = true;
            return true;
        }

        public boolean release(int thread) {
            if (!held) return false;
            held = false;
            return true;
        }

        public boolean isLocked() {
            return held;
        }
    }

    /** Sequential specification of an owned, reentrant lock (Python's {@code RLock}). */
    public static class OwnedSpec {
        private int owner = -1;
        private int count;

        public boolean tryAcquire(int thread) {
            if (count > 0 && owner != thread) return false;
            owner = thread;
            count++;
            return true;
        }

        public boolean release(int thread) {
            if (count == 0 || owner != thread) return false;
            if (--count == 0) owner = -1;
            return true;
        }

        public boolean isLocked() {
            return count > 0;
        }
    }
}
