package dev.interlock.variants;

/**
 * <b>Broken on purpose:</b> a readers–writer lock that lets a reader upgrade: a thread that holds
 * a read hold and asks for the write lock waits, keeping its read hold, until it is the only
 * reader, then takes the write lock. One such thread succeeds; two of them wait for each other for
 * ever — a deadlock the lock itself builds, with no lock-ordering mistake in the caller.
 *
 * <p>It mirrors the classic upgrade deadlock: {@code ReentrantReadWriteLock}, asked for the write
 * lock by a reader, parks for ever (docs/semantics.md, D20), and a database's shared-to-exclusive
 * lock conversion deadlocks the same way when two transactions convert at once. The correct form
 * refuses the upgrade at once ({@code dev.interlock.ReadWriteLock}: {@link
 * IllegalMonitorStateException}).
 *
 * <p>Caught by: the conformance contract's upgrade tests ({@code upgrade-refused}: a wait instead
 * of the exception, and the two-reader deadlock) and the general-purpose Lincheck test {@code
 * upgrade-refused} (a hang). The data-structure model {@code read-write-try-acquire} would show a
 * wrong result too, but only in a random scenario where one thread polls for a read hold and
 * then for the write lock (scenario 7 of 8 in one run): not bound, so as not to claim a catch left
 * to chance.
 */
public final class UpgradingReadWriteLock extends ReadWriteLockVariant {

    /** Broken: the upgrade waits for the other readers, who may be waiting for this one. */
    @Override
    boolean upgradeWaitsForOtherReaders() {
        return true;
    }

    /** The one read hold left may be a waiting upgrader's: wake it (the bug is the wait, not a lost wakeup). */
    @Override
    boolean wakeWhenReadHoldsLeft(int readHolds) {
        return readHolds <= 1;
    }
}
