package dev.interlock.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interlock.subjects.MutexSubject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Blocking behaviour of a mutex, with the general-purpose API: two threads each do a blocking
 * acquire–increment–release; every interleaving in which one blocks while the other holds must
 * end with the blocked thread woken by the release (no hang) and the counter at 2. Paired with a
 * broken lock that the same harness must catch first ({@link GeneralPair}), e.g. a lock whose
 * release wakes nobody. The general API has no stress mode: that cell is not applicable.
 */
public abstract class MutexWakeupContract {

    /** A new, unlocked subject. */
    protected abstract MutexSubject newLock();

    /** A new, unlocked broken lock of the same kind that this test must catch (e.g. one that never wakes a waiter). */
    protected abstract MutexSubject newPairedBroken();

    @Test
    public void blockedAcquireWokenByRelease() {
        GeneralPair.check("blocked-acquire-woken-by-release", LincheckModel.nameOf(newLock()),
                () -> twoIncrements(newLock()), LincheckModel.nameOf(newPairedBroken()),
                () -> twoIncrements(newPairedBroken()), Set.of(Outcome.HANG));
    }

    static void twoIncrements(MutexSubject lock) {
        int[] counter = {0}; // plain: only the lock orders it
        Workers.Task increment = () -> {
            lock.acquire();
            try {
                counter[0]++;
            } finally {
                lock.release();
            }
        };
        Workers.runAll(increment, increment);
        assertEquals(2, counter[0], "both increments, each in its own critical section");
    }
}
