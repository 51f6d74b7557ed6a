package dev.interlock.model;

import dev.interlock.Guard;
import dev.interlock.subjects.MutexSubject;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * Mutual exclusion, blocking half: every operation is acquire–work–release over a plain {@code
 * int} counter, so the counter is linearizable exactly when the lock excludes. A lock that lets
 * two threads in shows a lost update (two increments return the same value).
 *
 * <p>No operation leaves the lock held, so a blocking {@code acquire} always ends: it waits at
 * most for another operation's critical section. The counter is deliberately plain (not volatile,
 * not atomic): only the lock orders it.
 *
 * <p>Bind: {@code Lock}, {@code RLock}, {@code BoundedSemaphore(1)} and {@code Semaphore(1)}
 * (through {@link SemaphoreAsMutex}; Semaphore(1)'s unbounded release is never exercised here,
 * because every release follows its own acquire). Demonstrations bind a broken lock and expect
 * {@link Outcome#WRONG_RESULT}.
 */
@SuppressWarnings("this-escape") // the binding's factory runs in the constructor: one subject per Lincheck instance
public abstract class MutexCounterModel extends LincheckModel {

    private final MutexSubject lock = newLock();
    private int counter; // guarded by lock, deliberately plain

    /** A new, unlocked subject. */
    protected abstract MutexSubject newLock();

    @Override protected String property() { return "mutual-exclusion"; }
    @Override protected String subject() { return nameOf(lock); }
    @Override protected Class<?> specification() { return Spec.class; }

    /** {@code acquireUninterruptibly(); counter += 1; release()}; returns the new value. */
    @Operation
    public int increment() {
        lock.acquireUninterruptibly();
        try {
            int next = counter + 1;
            counter = next;
            return next;
        } finally {
            lock.release();
        }
    }

    /** As {@link #increment()}, through {@code with lock:} ({@link MutexSubject#guard()}). */
    @SuppressWarnings("try") // the guard is used only for its close()
    @Operation
    public int incrementWithGuard() throws InterruptedException {
        try (Guard held = lock.guard()) {
            int next = counter + 1;
            counter = next;
            return next;
        }
    }

    /** Reads the counter under the lock. */
    @Operation
    public int get() throws InterruptedException {
        lock.acquire();
        try {
            return counter;
        } finally {
            lock.release();
        }
    }

    /** Sequential specification: a counter. */
    public static class Spec {
        private int counter;

        public int increment() {
            return ++counter;
        }

        public int incrementWithGuard() {
            return ++counter;
        }

        public int get() {
            return counter;
        }
    }
}
