package dev.interlock.model;

/**
 * Starts worker threads inside a general-purpose Lincheck test in the shape that Lincheck sees on
 * JDK 17 <b>and</b> JDK 19+: a small {@link Thread} subclass that keeps its task in its own field
 * and calls it from {@code run()} (a lambda passed to {@code new Thread(Runnable)} lives in
 * {@code Thread.holder.task} since JDK 19, where Lincheck wrongly judges what it captures
 * thread-local and explores almost nothing). {@code start()} and {@code join()} are called through
 * variables of static type {@link Thread}: a {@code join()} compiled against the subclass is not
 * intercepted and really blocks.
 */
public final class Workers {

    /** A worker's body; may throw (an assertion failure or an exception fails the test). */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private static final class Worker extends Thread {
        private final Task task;
        private Throwable failure;

        Worker(Task task) {
            this.task = task;
        }

        @Override
        public void run() {
            try {
                task.run();
            } catch (Throwable e) {
                failure = e;
            }
        }
    }

    private Workers() {
    }

    /**
     * Runs each task in its own worker, waits for all of them, and rethrows the first failure as an
     * {@link AssertionError}.
     */
    public static void runAll(Task... tasks) {
        Thread[] threads = new Thread[tasks.length];
        for (int i = 0; i < tasks.length; i++) threads[i] = new Worker(tasks[i]);
        for (Thread t : threads) t.start();
        try {
            for (Thread t : threads) t.join();
        } catch (InterruptedException e) {
            throw new AssertionError("interrupted while joining workers", e);
        }
        for (Thread t : threads) {
            Throwable f = ((Worker) t).failure;
            if (f instanceof AssertionError a) throw a;
            if (f != null) throw new AssertionError("worker failed: " + f, f);
        }
    }
}
