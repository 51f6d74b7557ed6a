package dev.interlock;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A second thread for the API tests, which cannot use the conformance module's Bunch: it runs one
 * task, and {@link #join()} rethrows what the task threw, so an assertion in it fails the test.
 * Waiting for it to reach a state is a deadline-bounded poll, never a sleep.
 */
final class SecondThread {
    private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** A task that may throw anything. */
    interface Task {
        void run() throws Exception;
    }

    private final Thread thread;
    private volatile Throwable failure;

    private SecondThread(Task task) {
        thread = new Thread(() -> {
            try {
                task.run();
            } catch (Throwable t) {
                failure = t;
            }
        }, "api-test-second-thread");
        thread.setDaemon(true);
    }

    /** Starts a thread running {@code task}. */
    static SecondThread start(Task task) {
        SecondThread second = new SecondThread(task);
        second.thread.start();
        return second;
    }

    /** Returns once the thread is parked in a primitive (waiting, with a park blocker). */
    void awaitParked() {
        awaitTrue(thread.getName() + " parked", () -> {
            Thread.State state = thread.getState();
            if (state == Thread.State.TERMINATED) throw new AssertionError("the thread ended instead of parking");
            return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                    && LockSupport.getBlocker(thread) != null;
        });
    }

    /** Joins the thread within the deadline, then rethrows what its task threw. */
    void join() throws InterruptedException {
        TimeUnit.NANOSECONDS.timedJoin(thread, DEADLINE_NANOS);
        if (thread.isAlive()) throw new AssertionError("the thread did not finish; state " + thread.getState());
        if (failure != null) throw new AssertionError("the thread failed: " + failure, failure);
    }

    /** Returns once {@code state} is true; fails with {@code what} after the deadline. */
    static void awaitTrue(String what, BooleanSupplier state) {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (!state.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) throw new AssertionError("not reached in time: " + what);
            LockSupport.parkNanos(100_000L); // a bound on busy-waiting, not a delay
        }
    }
}
