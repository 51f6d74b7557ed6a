package dev.interlock.variants;

import java.time.Duration;

/**
 * <b>Broken on purpose:</b> a barrier whose {@code reset()} opens a new cycle at once, even while
 * parties wait in the current one, instead of first sending those parties away broken.
 *
 * <p>The waiting parties are woken, find the barrier filling again and go back to waiting, now
 * counted in the <i>new</i> generation: a reset meant to release them with {@link
 * java.util.concurrent.BrokenBarrierException} instead carries them over, and the next cycle trips
 * with fewer new arrivals than parties (two waiters and one newcomer trip a barrier for three).
 * Generations are confused. The correct form (CPython's {@code reset}, {@link dev.interlock.Barrier})
 * marks the cycle <i>resetting</i>; its waiters leave broken and the last one out opens the next.
 *
 * <p>Mirrors the reason CPython has a resetting state and {@link
 * java.util.concurrent.CyclicBarrier} a {@code Generation} object with its own {@code broken} flag:
 * a reset that only zeroes the count ({@code count = 0; notifyAll()}) cannot tell its waiters
 * that their generation is over.
 *
 * <p>Demonstrated by the jcstress test {@code ResetKeepsWaitersBarrier_01_ResetBreaksWaitingParty}
 * (paired with {@code Barrier_04_ResetBreaksWaitingParty}) and the JUnit binding {@code
 * ResetKeepsWaitersBarrierConformanceTest}, through {@link dev.interlock.variants.adapters.PortedBarrierAdapter}.
 */
public final class ResetKeepsWaitersBarrier extends PortedBarrier {

    /** A barrier for {@code parties} parties with an optional action and default timeout (each may be null). */
    public ResetKeepsWaitersBarrier(int parties, Runnable action, Duration timeout) {
        super(parties, action, timeout);
    }

    /** Broken: a filling or broken cycle with waiters becomes a filling cycle, waiters included. */
    @Override
    protected void resetWithPartiesInside() {
        if (state == State.FILLING || state == State.BROKEN) state = State.FILLING;
    }
}
