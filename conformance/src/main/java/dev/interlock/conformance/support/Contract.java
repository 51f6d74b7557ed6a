package dev.interlock.conformance.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every conformance contract: which threads the workers run on, and what the result
 * records call the subject. Platform threads by default; a binding overrides {@link #threads()} to
 * run the same contract on virtual threads. {@link RecordingExtension} records every binding's
 * outcomes per {@link Property}.
 */
@ExtendWith(RecordingExtension.class)
public abstract class Contract {
    private static final AtomicInteger WORKERS = new AtomicInteger();
    private static final String[] BINDING_SUFFIXES = {"ConformanceTest", "OnVirtualThreadsTest"};

    private final List<Bunch> started = Collections.synchronizedList(new ArrayList<>());

    /**
     * The subject's name in the result records and the manifest: the binding class's simple name
     * without the suffix {@code ConformanceTest} or {@code OnVirtualThreadsTest}, so that {@code
     * LockConformanceTest} and {@code LockOnVirtualThreadsTest} both record {@code Lock}. Override
     * to choose another name.
     */
    protected String subject() {
        return subjectOf(getClass());
    }

    /** The default {@link #subject()} of a binding class. */
    static String subjectOf(Class<?> binding) {
        String name = binding.getSimpleName();
        for (String suffix : BINDING_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

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
        Bunch bunch = Bunch.start(threads(), n, task);
        started.add(bunch);
        return bunch;
    }

    /** Starts one worker running {@code task}; join it with {@link Bunch#join()}. */
    protected final Bunch worker(ThrowingRunnable task) {
        return bunch(1, task);
    }

    /**
     * A worker must not burn a CPU after its test. After a passing test every worker has been
     * joined and this does nothing. After a failed one (a broken subject), a worker still
     * <em>running</em> (spinning in a spin lock, a spin wait or a rendezvous) is interrupted, so
     * that it stops at its next interruption check instead of spinning for the rest of the run. A
     * worker parked for ever costs nothing and is left alone: a broken park loop that ignores
     * interrupts would spin once interrupted.
     */
    @AfterEach
    protected final void interruptRunningWorkersLeftByAFailedTest() {
        synchronized (started) {
            for (Bunch bunch : started) {
                for (Thread worker : bunch.threads()) {
                    if (worker.getState() == Thread.State.RUNNABLE) worker.interrupt();
                }
            }
            started.clear();
        }
    }
}
