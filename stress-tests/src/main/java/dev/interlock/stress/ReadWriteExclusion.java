package dev.interlock.stress;

import dev.interlock.subjects.ReadWriteLockSubject;

/**
 * The actors and the arbiter of the readers–writer tests ({@link
 * ReadWriteLock_01_WriterExcludesReader}, {@link ReadWriteLock_04_ConcurrentReadHoldsCounted} and
 * its demonstration {@link RacyCountReadWriteLock_04_ConcurrentReadHoldsCounted}), shared so that
 * a pair runs exactly the same shape. Each actor asks the lock itself, while it holds it, whether
 * the other mode is held: a plain field would show an overlap only if the two tiny critical
 * sections also interleaved, the lock's own state shows it whenever the grants overlap.
 */
final class ReadWriteExclusion {

    /** Nothing wrong seen. */
    static final int CLEAN = 0;
    /** Inside, the other mode was held too. */
    static final int OVERLAP = 1;
    /** The release was refused: the hold had been lost (overwritten) while it was held. */
    static final int HOLD_LOST = 2;

    private ReadWriteExclusion() {
    }

    /**
     * How many times each actor takes and gives back its hold per sample: every round is another
     * chance for the two threads' acquisitions to meet, at little cost per sample.
     */
    static final int ROUNDS = 4;

    /** {@link #ROUNDS} times: takes the write lock, checks that no read hold exists, gives it back; the worst code seen. */
    static int writer(ReadWriteLockSubject lock) {
        int worst = CLEAN;
        for (int i = 0; i < ROUNDS; i++) worst = Math.max(worst, writeOnce(lock));
        return worst;
    }

    /** {@link #ROUNDS} times: takes a read hold, checks that nobody writes, gives it back; the worst code seen. */
    static int reader(ReadWriteLockSubject lock) {
        int worst = CLEAN;
        for (int i = 0; i < ROUNDS; i++) worst = Math.max(worst, readOnce(lock));
        return worst;
    }

    private static int writeOnce(ReadWriteLockSubject lock) {
        acquire(lock, true);
        int seen = lock.readHolds() == 0 ? CLEAN : OVERLAP;
        try {
            lock.releaseWrite();
        } catch (IllegalMonitorStateException lost) {
            return HOLD_LOST;
        }
        return seen;
    }

    private static int readOnce(ReadWriteLockSubject lock) {
        acquire(lock, false);
        int seen = lock.isWriteLocked() ? OVERLAP : CLEAN;
        try {
            lock.releaseRead();
        } catch (IllegalMonitorStateException lost) {
            return HOLD_LOST;
        }
        return seen;
    }

    /** {@link #ROUNDS} times: polls for a read hold and gives it back; 1 if it always got in, 0 if it was kept out. */
    static int readAndLeave(ReadWriteLockSubject lock) {
        for (int i = 0; i < ROUNDS; i++) {
            if (!lock.tryAcquireRead()) return 0;
            lock.releaseRead();
        }
        return 1;
    }

    /** After both actors: 0 if the lock is free in both modes, 1 if it was left in a held state. */
    static int settled(ReadWriteLockSubject lock) {
        return lock.readHolds() == 0 && !lock.isWriteLocked() ? CLEAN : OVERLAP;
    }

    private static void acquire(ReadWriteLockSubject lock, boolean write) {
        try {
            if (write) lock.acquireWrite();
            else lock.acquireRead();
        } catch (InterruptedException e) {
            throw new IllegalStateException("nobody interrupts the actors", e);
        }
    }
}
