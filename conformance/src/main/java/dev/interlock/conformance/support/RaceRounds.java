package dev.interlock.conformance.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rounds of a race between a few threads, each round started together through a {@link
 * SpinRendezvous}: at most {@code maxRounds} rounds, and no new round once {@code budget} has
 * elapsed (the first round always runs). Every party stops after the same round, so no party is
 * left waiting for the others.
 *
 * <p>A race test on a correct subject runs all its rounds; on a slow or loaded machine it runs
 * fewer, not longer: it finds a race with a lower probability instead of failing for lack of time.
 * The contracts give it half the deadline ({@link #withinHalfTheDeadline}).
 *
 * <pre>{@code
 * RaceRounds race = RaceRounds.withinHalfTheDeadline(2, 5_000);
 * bunch(2, () -> {
 *     while (race.next()) {   // every party, at the start of every round
 *         ...                 // the racing calls
 *         race.await();       // more meeting points within the round, as needed
 *     }
 * }).close();
 * }</pre>
 */
public final class RaceRounds {
    private final SpinRendezvous rendezvous;
    private final int maxRounds;
    private final long budgetNanos;
    private final long start = System.nanoTime();
    /** The last round to run: decided before the rendezvous that starts the next one. */
    private final AtomicInteger lastRound = new AtomicInteger(Integer.MAX_VALUE);
    private final ThreadLocal<int[]> rounds = ThreadLocal.withInitial(() -> new int[1]);

    /** A race of {@code parties} threads for at most {@code maxRounds} rounds and about {@code budget}. */
    public RaceRounds(int parties, int maxRounds, Duration budget) {
        this.rendezvous = new SpinRendezvous(parties);
        this.maxRounds = maxRounds;
        this.budgetNanos = budget.toNanos();
    }

    /** A race with half of {@link Deadlines#DEFAULT} as its budget, so that it ends well within a join. */
    public static RaceRounds withinHalfTheDeadline(int parties, int maxRounds) {
        return new RaceRounds(parties, maxRounds, Deadlines.DEFAULT.dividedBy(2));
    }

    /**
     * Meets the other parties at the start of this thread's next round; returns whether that round
     * runs, the same answer for every party. A party decides to stop before it arrives, and
     * decisions only lower the last round, so each party sees every decision made for this round
     * and none that would end an earlier one.
     */
    public boolean next() {
        int round = ++rounds.get()[0];
        boolean timeUp = round > 1 && System.nanoTime() - start > budgetNanos;
        if (round > maxRounds || timeUp) lastRound.accumulateAndGet(round - 1, Math::min);
        rendezvous.await();
        return round <= lastRound.get();
    }

    /** Another meeting point within a round; see {@link SpinRendezvous#await()}. */
    public void await() {
        rendezvous.await();
    }

    /** For a party that failed: the others stop waiting; see {@link SpinRendezvous#abandon()}. */
    public void abandon() {
        rendezvous.abandon();
    }
}
