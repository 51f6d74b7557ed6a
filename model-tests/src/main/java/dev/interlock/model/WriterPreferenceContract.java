package dev.interlock.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.subjects.ReadWriteLockSubject;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The blocking policy of a readers–writer lock, with the general-purpose API. Each property runs a
 * paired broken lock through the same harness first ({@link GeneralPair}), which must be caught,
 * then the subject, which must hold:
 * <ul>
 *   <li>{@code writer-not-starved}: while a reader holds the lock and a writer waits, a new
 *       reader that keeps asking is refused at last, so the writer gets in and the run ends. A
 *       lock whose new readers overtake the waiting writer lets them in for ever: a livelock
 *       (see {@link #readersAndAWriter}).</li>
 *   <li>{@code upgrade-refused}: two threads each take a read hold and ask for the write lock;
 *       both are refused at once, give the read hold back and then write. A lock that lets a
 *       reader upgrade deadlocks (both wait for the other's read hold) or lets one through.</li>
 * </ul>
 * The general API has no stress mode: those cells are not applicable.
 */
public abstract class WriterPreferenceContract {

    /** A new, unlocked subject. */
    protected abstract ReadWriteLockSubject newLock();

    /** A broken lock whose new readers overtake a waiting writer. */
    protected abstract ReadWriteLockSubject newPairedStarving();

    /** A broken lock that lets a reader upgrade (waiting to be the only reader). */
    protected abstract ReadWriteLockSubject newPairedUpgrading();

    @Test
    public void writerNotStarved() {
        GeneralPair.check("writer-not-starved", LincheckModel.nameOf(newLock()),
                () -> readersAndAWriter(newLock()), LincheckModel.nameOf(newPairedStarving()),
                () -> readersAndAWriter(newPairedStarving()), Set.of(Outcome.HANG));
    }

    @Test
    public void upgradeRefused() {
        GeneralPair.check("upgrade-refused", LincheckModel.nameOf(newLock()),
                () -> twoUpgrades(newLock()), LincheckModel.nameOf(newPairedUpgrading()),
                () -> twoUpgrades(newPairedUpgrading()), Set.of(Outcome.HANG, Outcome.WRONG_RESULT));
    }

    /**
     * A reader holds the lock until a second reader finds it closed to new readers; a writer asks
     * for it meanwhile. The second reader keeps polling ({@code tryAcquireRead}, giving back what it
     * gets) until a poll fails or it sees the write done: under writer preference a poll fails once
     * the writer waits, then the first reader leaves and the writer gets in. A lock whose new
     * readers overtake the waiting writer never refuses the poll: the prober polls for ever while
     * the holder and the writer wait (a livelock). Only the prober spins; the holder parks on a
     * latch, so that the model checker's spin-loop handling always has the writer to switch to.
     */
    static void readersAndAWriter(ReadWriteLockSubject lock) {
        CountDownLatch closed = new CountDownLatch(1); // counted down by the prober
        boolean[] written = {false}; // guarded by the lock
        Workers.runAll(() -> {
            lock.acquireRead();
            closed.await();
            lock.releaseRead();
        }, () -> {
            while (lock.tryAcquireRead()) { // a new reader, again and again
                boolean done = written[0];
                lock.releaseRead();
                if (done) break;
            }
            closed.countDown();
        }, () -> {
            lock.acquireWrite();
            written[0] = true;
            lock.releaseWrite();
        });
        assertTrue(written[0], "the writer got in");
    }

    static void twoUpgrades(ReadWriteLockSubject lock) {
        int[] writes = {0}; // guarded by the write lock
        Workers.Task upgrader = () -> {
            lock.acquireRead();
            try {
                assertThrows(IllegalMonitorStateException.class, lock::acquireWrite, "the upgrade was not refused");
            } finally {
                lock.releaseRead();
            }
            lock.acquireWrite();
            writes[0]++;
            lock.releaseWrite();
        };
        Workers.runAll(upgrader, upgrader);
        assertEquals(2, writes[0], "both threads wrote after giving their read holds back");
    }
}
