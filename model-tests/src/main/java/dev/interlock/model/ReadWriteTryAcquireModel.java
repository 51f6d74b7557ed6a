package dev.interlock.model;

import dev.interlock.subjects.ReadWriteLockSubject;
import java.util.HashMap;
import java.util.Map;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;

/**
 * A readers–writer lock, non-blocking half: {@code tryAcquireRead}, {@code tryAcquireWrite}, the
 * releases and the queries, from two threads, are linearizable to a lock that many threads may
 * hold for reading or one for writing, with per-thread reentrant holds, a downgrade (the writer
 * may read), an upgrade refused with {@link IllegalMonitorStateException}, and a release without
 * the hold refused.
 *
 * <p>Only polls: a blocking acquisition after a poll that left the lock held could wait forever,
 * which would hang the sequential replay. No thread ever waits here, so writer preference is
 * invisible to this model (it is the general-purpose {@link WriterPreferenceContract}'s); the
 * exclusion under blocking acquisitions is {@link ReadWriteCounterModel}'s. The specification knows
 * the calling thread through Lincheck's thread id; the subject knows its caller itself. No
 * operations run before or after the parallel part (they would run in a third thread).
 */
@SuppressWarnings("this-escape") // the binding's factory runs in the constructor: one subject per Lincheck instance
public abstract class ReadWriteTryAcquireModel extends LincheckModel {

    /** Results of {@link #tryAcquireWrite}. */
    public static final String ACQUIRED = "acquired";
    public static final String BUSY = "busy";
    public static final String UPGRADE_REFUSED = "upgrade refused";

    private final ReadWriteLockSubject lock = newLock();

    /** A new, unlocked subject. */
    protected abstract ReadWriteLockSubject newLock();

    @Override protected String property() { return "read-write-try-acquire"; }
    @Override protected String subject() { return nameOf(lock); }
    @Override protected Class<?> specification() { return Spec.class; }

    @Override
    protected <O extends Options<O, ?>> O shape(O options) {
        return super.shape(options).actorsBefore(0).actorsAfter(0);
    }

    /** Takes a read hold if the lock lets this thread have one now. */
    @Operation
    public boolean tryAcquireRead(@Param(gen = ThreadIdGen.class) int thread) {
        return lock.tryAcquireRead();
    }

    /** Takes the write lock if free (or owned); "upgrade refused" if this thread only reads. */
    @Operation
    public String tryAcquireWrite(@Param(gen = ThreadIdGen.class) int thread) {
        try {
            return lock.tryAcquireWrite() ? ACQUIRED : BUSY;
        } catch (IllegalMonitorStateException refused) {
            return UPGRADE_REFUSED;
        }
    }

    /** Gives back one read hold; false if refused (this thread holds none). */
    @Operation
    public boolean releaseRead(@Param(gen = ThreadIdGen.class) int thread) {
        try {
            lock.releaseRead();
            return true;
        } catch (IllegalMonitorStateException refused) {
            return false;
        }
    }

    /** Gives back one write hold; false if refused (this thread does not own the write lock). */
    @Operation
    public boolean releaseWrite(@Param(gen = ThreadIdGen.class) int thread) {
        try {
            lock.releaseWrite();
            return true;
        } catch (IllegalMonitorStateException refused) {
            return false;
        }
    }

    /** Read holds of all threads. */
    @Operation
    public int readHolds() {
        return lock.readHolds();
    }

    /** Whether some thread owns the write lock. */
    @Operation
    public boolean isWriteLocked() {
        return lock.isWriteLocked();
    }

    /** Sequential specification: read holds per thread (by Lincheck's thread id), and a writer with its hold count. */
    public static class Spec {
        private final Map<Integer, Integer> reads = new HashMap<>();
        private int writer = -1;
        private int writes;

        public boolean tryAcquireRead(int thread) {
            if (writes > 0 && writer != thread) return false;
            reads.merge(thread, 1, Integer::sum);
            return true;
        }

        public String tryAcquireWrite(int thread) {
            if (writes > 0 && writer == thread) {
                writes++;
                return ACQUIRED;
            }
            if (reads.getOrDefault(thread, 0) > 0) return UPGRADE_REFUSED;
            if (writes > 0 || readHolds() > 0) return BUSY;
            writer = thread;
            writes = 1;
            return ACQUIRED;
        }

        public boolean releaseRead(int thread) {
            if (reads.getOrDefault(thread, 0) == 0) return false;
            reads.merge(thread, -1, Integer::sum);
            return true;
        }

        public boolean releaseWrite(int thread) {
            if (writes == 0 || writer != thread) return false;
            if (--writes == 0) writer = -1;
            return true;
        }

        public int readHolds() {
            return reads.values().stream().mapToInt(Integer::intValue).sum();
        }

        public boolean isWriteLocked() {
            return writes > 0;
        }
    }
}
