package dev.interlock.conformance.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CPython's {@code lock_tests.Bunch}: {@code n} threads running one task, started together;
 * what a worker throws is collected and fails the test when the bunch is joined, so an
 * assertion inside a worker fails the test as it does in CPython.
 *
 * <pre>{@code
 * try (Bunch bunch = Bunch.start(threads(), 5, () -> { lock.acquire(); lock.release(); })) {
 *     bunch.awaitAllBlocked();
 *     ...
 * } // joins every worker, with a deadline, and rethrows what they threw
 * }</pre>
 */
public final class Bunch implements AutoCloseable {
    private final List<Thread> threads = new ArrayList<>();
    private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger finished = new AtomicInteger();
    private final Set<Thread> done = ConcurrentHashMap.newKeySet();

    private Bunch() {
    }

    /** Starts {@code n} threads from {@code factory}, each running {@code task} once. */
    public static Bunch start(ThreadFactory factory, int n, ThrowingRunnable task) {
        Bunch bunch = new Bunch();
        for (int i = 0; i < n; i++) {
            Thread thread = factory.newThread(() -> {
                try {
                    task.run();
                } catch (Throwable t) {
                    bunch.failures.add(t);
                } finally {
                    bunch.done.add(Thread.currentThread());
                    bunch.finished.incrementAndGet();
                }
            });
            bunch.threads.add(thread);
        }
        bunch.threads.forEach(Thread::start);
        return bunch;
    }

    /** The worker threads, in start order. */
    public List<Thread> threads() {
        return Collections.unmodifiableList(threads);
    }

    /** How many workers have finished their task (normally or not). */
    public int finished() {
        return finished.get();
    }

    /** Returns once every worker is parked or blocked in a primitive, or has finished its task. */
    public void awaitAllBlocked() {
        for (Thread thread : threads) {
            Deadlines.awaitTrue(thread.getName() + " blocked in a primitive or finished",
                    () -> done.contains(thread) || Deadlines.isBlocked(thread));
        }
    }

    /** Returns once at least {@code n} workers have finished. */
    public void awaitFinished(int n) {
        Deadlines.awaitTrue(n + " of " + threads.size() + " workers finished", () -> finished.get() >= n);
    }

    /** Joins every worker within the deadline, then rethrows the first failure (others suppressed). */
    public void join() throws InterruptedException {
        long deadline = System.nanoTime() + Deadlines.DEFAULT.toNanos();
        for (Thread thread : threads) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0 || !joined(thread, remaining)) {
                throw new AssertionError(thread.getName() + " did not finish within " + Deadlines.DEFAULT.toSeconds()
                        + " s; state " + thread.getState());
            }
        }
        synchronized (failures) {
            if (failures.isEmpty()) return;
            AssertionError error = new AssertionError("a worker failed: " + failures.get(0), failures.get(0));
            failures.stream().skip(1).forEach(error::addSuppressed);
            throw error;
        }
    }

    /** As {@link #join()}; an interrupt of the joining thread fails the test with its status kept. */
    @Override
    public void close() {
        try {
            join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while joining the workers", e);
        }
    }

    private static boolean joined(Thread thread, long nanos) throws InterruptedException {
        TimeUnit.NANOSECONDS.timedJoin(thread, nanos);
        return !thread.isAlive();
    }
}
