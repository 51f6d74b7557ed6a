package dev.interlock.conformance.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reusable meeting point that lets a few threads go within nanoseconds of each other, to make
 * a race really happen. The threads spin rather than park (a parked thread wakes microseconds
 * after the one that woke it), and each leaves after a random few spin-waits, so that which racer
 * is ahead, and by how much, varies from round to round. Every few hundred spins a waiting thread
 * yields, so that the rendezvous also completes with fewer cores (or carrier threads) than
 * parties. A party that fails calls {@link #abandon()}, and the others stop waiting; a party that
 * is interrupted stops waiting too (its test is over: see {@link Contract}).
 *
 * <p>A race found this way is found with a probability, not for certain: a loaded machine that
 * rarely runs the racers at the same time finds it less often.
 */
public final class SpinRendezvous {
    private static final int SPINS_BEFORE_YIELD = 256;
    private static final int MAX_LAG_SPINS = 16;

    private final int parties;
    private final AtomicInteger arrivals = new AtomicInteger();
    private final ThreadLocal<int[]> rounds = ThreadLocal.withInitial(() -> new int[1]);
    private volatile boolean abandoned;

    /** A rendezvous for {@code parties} threads. */
    public SpinRendezvous(int parties) {
        if (parties < 1) throw new IllegalArgumentException("parties must be > 0");
        this.parties = parties;
    }

    /**
     * Returns once every party has called {@code await} as often as this thread has.
     *
     * @throws IllegalStateException if another party {@linkplain #abandon() abandoned} the rendezvous,
     *                               or this thread is interrupted while it waits
     */
    public void await() {
        int target = ++rounds.get()[0] * parties;
        arrivals.incrementAndGet();
        for (int spins = 1; arrivals.get() < target; spins++) {
            if (abandoned) throw new IllegalStateException("another party abandoned the rendezvous");
            if (Thread.currentThread().isInterrupted()) throw new IllegalStateException("interrupted in the rendezvous");
            if (spins % SPINS_BEFORE_YIELD == 0) Thread.yield();
            else Thread.onSpinWait();
        }
        for (int lag = ThreadLocalRandom.current().nextInt(MAX_LAG_SPINS); lag > 0; lag--) Thread.onSpinWait();
    }

    /** Makes every waiting party throw; for a party that failed. */
    public void abandon() {
        abandoned = true;
    }
}
