package dev.interlock.benchmarks;

import org.openjdk.jmh.infra.Control;

/**
 * A ping-pong between two threads over one-shot signals: thread A signals B and waits for B's
 * answer, B waits for A and answers. Every round uses a fresh signal object, so that a one-shot
 * {@code CountDownLatch} and a resettable {@code Event} run the very same protocol (allocation
 * included): the setter creates the next round's link before it signals, and the signal publishes it.
 *
 * <p><b>Ending an iteration.</b> When JMH stops measuring, one thread may be waiting for a partner
 * that has stopped calling the benchmark. So once {@link Control#stopMeasurement} is set, a thread
 * only signals and never waits: JMH keeps calling the stopped thread while the other one finishes,
 * and each call signals the next link, which is the one the other thread waits on. The chains are
 * rebuilt before each iteration.
 *
 * @param <S> the signal type
 */
public abstract class Relay<S> {

    /** One round: its signal, and the next round's link, written before the signal is set. */
    private static final class Link<S> {
        final S signal;
        Link<S> next; // published by the signal (happens-before from set to await)

        Link(S signal) {
            this.signal = signal;
        }
    }

    // Each cursor is used by one thread only: A writes aToB and reads bToA, B the reverse.
    private Link<S> aToBWriter;
    private Link<S> aToBReader;
    private Link<S> bToAWriter;
    private Link<S> bToAReader;

    protected abstract S newSignal();

    protected abstract void set(S signal);

    protected abstract void await(S signal) throws InterruptedException;

    /** Rebuilds both chains; called by the concrete state's {@code @Setup(Level.Iteration)}. */
    protected final void reset() {
        aToBWriter = aToBReader = new Link<>(newSignal());
        bToAWriter = bToAReader = new Link<>(newSignal());
    }

    /** Thread A: signal B, then wait for its answer. */
    public final void ping(Control control) throws InterruptedException {
        aToBWriter = signal(aToBWriter);
        if (control.stopMeasurement) return;
        bToAReader = awaitNext(bToAReader);
    }

    /** Thread B: wait for A, then answer. */
    public final void pong(Control control) throws InterruptedException {
        if (!control.stopMeasurement) aToBReader = awaitNext(aToBReader);
        bToAWriter = signal(bToAWriter);
    }

    private Link<S> signal(Link<S> link) {
        Link<S> next = new Link<>(newSignal());
        link.next = next;
        set(link.signal);
        return next;
    }

    private Link<S> awaitNext(Link<S> link) throws InterruptedException {
        await(link.signal);
        return link.next;
    }
}
