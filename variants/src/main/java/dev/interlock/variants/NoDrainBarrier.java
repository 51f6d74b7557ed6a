package dev.interlock.variants;

import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;

/**
 * <b>Broken on purpose:</b> a barrier whose {@code await} does not wait for the previous cycle to
 * drain: a party that arrives while the released parties of the last cycle are still leaving is
 * counted together with them.
 *
 * <p>The last party of a cycle trips the barrier and returns; if it calls {@code await} again before
 * the others have left, it is counted in the old generation, which has already tripped: it passes
 * at once, or, if the leftover count makes it the last party, trips the barrier again on its own
 * and runs the action a second time. Either way one thread passes a barrier nobody else reached,
 * and the next cycle lacks a party (its partner waits for one that already passed). Generations
 * are confused. The correct form (CPython's {@code _enter}, {@link dev.interlock.Barrier}) makes
 * arrivals wait while the barrier drains.
 *
 * <p>Mirrors the classic barrier-reuse bug of counting barriers — a fast thread re-entering before
 * the slow ones have left — that sense-reversing barriers and CPython's draining state exist to
 * prevent.
 *
 * <p>Demonstrated by the jcstress test {@code NoDrainBarrier_01_LatePartyJoinsNextCycle} (paired
 * with {@code Barrier_05_LatePartyJoinsNextCycle}) and the JUnit binding {@code
 * NoDrainBarrierConformanceTest}, through {@link dev.interlock.variants.adapters.PortedBarrierAdapter}.
 */
public final class NoDrainBarrier extends PortedBarrier {

    /** A barrier for {@code parties} parties with an optional action and default timeout (each may be null). */
    public NoDrainBarrier(int parties, Runnable action, Duration timeout) {
        super(parties, action, timeout);
    }

    /** Broken: waits while the barrier resets, but not while it drains. */
    @Override
    protected void enterCycle() throws InterruptedException, BrokenBarrierException {
        while (state == State.RESETTING) cond.await();
        if (state == State.BROKEN) throw new BrokenBarrierException();
    }
}
