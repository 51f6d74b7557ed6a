package dev.interlock;

/**
 * The scope of one acquisition, for try-with-resources: Python's {@code with lock:}.
 *
 * <pre>{@code
 * try (Guard held = lock.guard()) {
 *     // critical section
 * }
 * }</pre>
 *
 * <p>Closing a guard releases what it acquired exactly once: a second {@link #close()} does
 * nothing, so a guard can never release an acquisition that is not its own. A guard belongs to
 * the thread that took it and is not itself thread-safe.
 *
 * <p><b>Memory consistency effects:</b> those of the release it runs: closing a guard is the
 * release of the lock, unit or condition lock it stands for.
 */
public final class Guard implements AutoCloseable {
    private final Runnable release;
    private boolean closed;

    private Guard(Runnable release) {
        this.release = release;
    }

    /** A guard that runs {@code release} when first closed; for implementors of guarded types. */
    public static Guard of(Runnable release) {
        if (release == null) throw new NullPointerException("release");
        return new Guard(release);
    }

    /** Releases the acquisition this guard stands for, the first time it is called. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        release.run();
    }

    @Override
    public String toString() {
        return "Guard[" + (closed ? "closed" : "open") + "]";
    }
}
