package dev.interlock;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A second thread for the primitives' own tests, which cannot use the conformance module's Bunch: starts
 * a task, lets the test wait (deadline-bounded, never sleeping) until it is parked in a primitive,
 * and on {@link #close()} joins it and rethrows what it threw.
 */
final class TestThread implements AutoCloseable {
    /**
     * A bound on failure, never pacing: a passing test returns as soon as the state is reached.
     * The same knob as the conformance Deadlines: {@code -Dinterlock.deadline.seconds} (default 30 s).
     */
    static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(Long.getLong("interlock.deadline.seconds", 30L));

    /** A task that may throw anything. */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private TestThread(String name, Task task) {
        thread = new Thread(() -> {
            try {
                task.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, name);
        thread.setDaemon(true); // a hung thread must not keep the test JVM alive
    }

    /** Starts a platform thread running {@code task}. */
    static TestThread start(Task task) {
        return start("interlock-test-thread", task);
    }

    /** Starts a platform thread with the given name running {@code task}. */
    static TestThread start(String name, Task task) {
        TestThread started = new TestThread(name, task);
        started.thread.start();
        return started;
    }

    Thread thread() {
        return thread;
    }

    /** Returns once the thread is parked in a primitive (or blocked on a monitor). */
    void awaitBlocked() {
        awaitTrue(thread.getName() + " blocked", () -> {
            Thread.State state = thread.getState();
            if (state == Thread.State.TERMINATED) throw new AssertionError(thread.getName() + " ended instead of blocking");
            return state == Thread.State.BLOCKED
                    || (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                            && LockSupport.getBlocker(thread) != null;
        });
    }

    /**
     * Joins the thread within the deadline and rethrows its failure, if any. An interrupt of the
     * joining thread fails the test with its status kept.
     */
    @Override
    public void close() {
        try {
            TimeUnit.NANOSECONDS.timedJoin(thread, DEADLINE_NANOS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while joining " + thread.getName(), e);
        }
        if (thread.isAlive()) throw new AssertionError(thread.getName() + " did not finish; state " + thread.getState());
        Throwable thrown = failure.get();
        if (thrown != null) throw new AssertionError(thread.getName() + " failed: " + thrown, thrown);
    }

    /** Returns once {@code state} is true; fails if it is not true within the deadline. */
    static void awaitTrue(String what, BooleanSupplier state) {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (!state.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) throw new AssertionError("not reached in time: " + what);
            LockSupport.parkNanos(100_000L); // a bound on busy-waiting, not a delay
        }
    }
}
