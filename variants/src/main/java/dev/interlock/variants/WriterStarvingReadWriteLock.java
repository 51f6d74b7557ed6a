package dev.interlock.variants;

/**
 * <b>Broken on purpose:</b> a readers–writer lock whose readers ignore a waiting writer. A thread
 * asking for a read hold proceeds whenever no thread <i>holds</i> the write lock, even if a
 * writer is already waiting. Exclusion holds; the documented policy (writer preference) does not:
 * readers that keep overlapping — one enters before the other leaves — keep the lock read-held
 * for ever, and the waiting writer starves.
 *
 * <p>It mirrors the "first readers–writers problem" solution (Courtois, Heymans and Parnas, 1971),
 * whose writers may starve, and every hand-written lock whose reader path only checks "is a writer
 * inside?". {@code ReentrantReadWriteLock}'s {@code readLock().tryLock()} barges the same way
 * (docs/semantics.md, D21). The correct form queues a new reader behind the waiting writer
 * ({@code dev.interlock.ReadWriteLock}).
 *
 * <p>Caught by: the conformance contract's writer-preference tests ({@code writer-preference}),
 * and the general-purpose Lincheck test {@code writer-not-starved} (a livelock).
 */
public final class WriterStarvingReadWriteLock extends ReadWriteLockVariant {

    /** Broken: a new reader never waits for a waiting writer. */
    @Override
    boolean readersQueueBehindWaitingThreads() {
        return false;
    }
}
