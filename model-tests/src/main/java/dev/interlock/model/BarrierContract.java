package dev.interlock.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interlock.subjects.BarrierSubject;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A barrier, with the general-purpose API and assertions ({@code trips-once-with-distinct-indices}):
 * two parties arrive; the action runs exactly once, before either party is released; each party
 * gets a distinct arrival index (0 and 1). A paired broken barrier runs through the same harness
 * first and must be caught ({@link GeneralPair}). The general API has no stress mode: that cell is
 * not applicable.
 */
public abstract class BarrierContract {

    /** Parties: 2 — the machines have 2 CPUs, and two parties already race for the indices. */
    public static final int PARTIES = 2;

    /** A new barrier for {@code parties} parties that runs {@code action} when it trips. */
    protected abstract BarrierSubject newBarrier(int parties, Runnable action);

    /** A broken barrier this test must catch (e.g. one that counts arrivals outside its lock). */
    protected abstract BarrierSubject newPairedBroken(int parties, Runnable action);

    @Test
    public void tripsOnceWithDistinctIndices() {
        GeneralPair.check("trips-once-with-distinct-indices", LincheckModel.nameOf(newBarrier(PARTIES, () -> { })),
                () -> twoParties(false), LincheckModel.nameOf(newPairedBroken(PARTIES, () -> { })),
                () -> twoParties(true), Set.of(Outcome.HANG, Outcome.WRONG_RESULT));
    }

    private void twoParties(boolean broken) {
        int[] actionRuns = {0};
        Runnable action = () -> actionRuns[0]++;
        BarrierSubject barrier = broken ? newPairedBroken(PARTIES, action) : newBarrier(PARTIES, action);
        int[] index = new int[PARTIES];
        int[] actionRunsSeen = new int[PARTIES];
        Workers.runAll(() -> {
            index[0] = barrier.await();
            actionRunsSeen[0] = actionRuns[0];
        }, () -> {
            index[1] = barrier.await();
            actionRunsSeen[1] = actionRuns[0];
        });
        assertEquals(1, actionRuns[0], "the action ran exactly once");
        assertEquals(1, actionRunsSeen[0], "party 0 was released after the action");
        assertEquals(1, actionRunsSeen[1], "party 1 was released after the action");
        Set<Integer> indices = new HashSet<>();
        for (int i : index) indices.add(i);
        assertEquals(Set.of(0, 1), indices, "distinct indices");
    }
}
