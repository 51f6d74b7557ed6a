package dev.interlock.conformance.support;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The base of every conformance contract: which threads the workers run on. Platform threads by
 * default; a binding overrides {@link #threads()} to run the same contract on virtual threads.
 */
public abstract class Contract {
    private static final AtomicInteger WORKERS = new AtomicInteger();

    /** The factory for every worker thread a contract starts. */
    protected ThreadFactory threads() {
        return task -> {
            Thread thread = new Thread(task, "interlock-worker-" + WORKERS.incrementAndGet());
            thread.setDaemon(true); // a hung worker must not keep the test JVM alive
            return thread;
        };
    }

    /** Starts {@code n} workers running {@code task}; see {@link Bunch}. */
    protected final Bunch bunch(int n, ThrowingRunnable task) {
        return Bunch.start(threads(), n, task);
    }

    /** Starts one worker running {@code task}; join it with {@link Bunch#join()}. */
    protected final Bunch worker(ThrowingRunnable task) {
        return bunch(1, task);
    }
}
