package dev.interlock.model;

import dev.interlock.Guard;
import dev.interlock.subjects.ReadWriteLockSubject;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * A readers–writer lock, blocking half: writers bump two plain counters one after the other under
 * the write lock, readers read both under a read hold. The pair is linearizable to one counter
 * exactly when a writer excludes readers (a reader inside a write sees the counters differ) and
 * other writers (an overlapping writer loses an update).
 *
 * <p>Every operation is acquire–work–release, so no operation leaves the lock held and every
 * blocking acquisition ends: it waits at most for another operation's critical section. The
 * counters are deliberately plain: only the lock orders them.
 */
@SuppressWarnings("this-escape") // the binding's factory runs in the constructor: one subject per Lincheck instance
public abstract class ReadWriteCounterModel extends LincheckModel {

    /** What a reader returns when it sees a write half done. */
    public static final int TORN = -1;

    private final ReadWriteLockSubject lock = newLock();
    private int first; // guarded by the lock, deliberately plain
    private int second; // always equal to first outside a write

    /** A new, unlocked subject. */
    protected abstract ReadWriteLockSubject newLock();

    @Override protected String property() { return "read-write-exclusion"; }
    @Override protected String subject() { return nameOf(lock); }
    @Override protected Class<?> specification() { return Spec.class; }

    /** {@code acquireWrite(); first += 1; second += 1; releaseWrite()}; returns the new value. */
    @Operation
    public int write() throws InterruptedException {
        lock.acquireWrite();
        try {
            return bump();
        } finally {
            lock.releaseWrite();
        }
    }

    /** As {@link #write()}, through {@code writeGuard()}. */
    @SuppressWarnings("try") // the guard is used only for its close()
    @Operation
    public int writeWithGuard() throws InterruptedException {
        try (Guard held = lock.writeGuard()) {
            return bump();
        }
    }

    /** Reads both counters under a read hold; {@link #TORN} if they differ. */
    @Operation
    public int read() throws InterruptedException {
        lock.acquireRead();
        try {
            int a = first;
            int b = second;
            return a == b ? a : TORN;
        } finally {
            lock.releaseRead();
        }
    }

    private int bump() {
        int next = first + 1;
        first = next;
        second = second + 1;
        return next;
    }

    /** Sequential specification: a counter. */
    public static class Spec {
        private int counter;

        public int write() {
            return ++counter;
        }

        public int writeWithGuard() {
            return ++counter;
        }

        public int read() {
            return counter;
        }
    }
}
