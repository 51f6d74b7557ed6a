package dev.interlock.benchmarks;

import org.openjdk.jmh.infra.Control;

/**
 * A condition-variable ping-pong: two threads take turns, each waiting under the lock until the
 * shared {@code turn} is its own, then giving the turn to the other and signalling. Subclasses
 * supply the lock and condition; the protocol is the same for every pair.
 *
 * <p>Once {@link Control#stopMeasurement} is set a thread gives the turn away without waiting,
 * so the partner, which may still be waiting, is woken by the next call (see {@link Relay}).
 */
public abstract class Turns {

    private int turn; // guarded by the lock

    protected abstract void lock() throws InterruptedException;

    protected abstract void unlock();

    protected abstract void await() throws InterruptedException;

    protected abstract void signal();

    /** Waits for turn {@code mine} (unless measurement stopped), then hands the turn to {@code 1 - mine}. */
    public final void take(int mine, Control control) throws InterruptedException {
        lock();
        try {
            if (!control.stopMeasurement) {
                while (turn != mine) await();
            }
            turn = 1 - mine;
            signal();
        } finally {
            unlock();
        }
    }
}
