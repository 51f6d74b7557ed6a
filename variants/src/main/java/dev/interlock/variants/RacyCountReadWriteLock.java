package dev.interlock.variants;

/**
 * <b>Broken on purpose:</b> a readers–writer lock whose reader count is updated non-atomically:
 * a reader reads the state, checks that no writer is in, and writes back the state plus one read
 * hold ({@code getState()} then {@code setState(...)}, not a compare-and-set); a release does the
 * same minus one.
 *
 * <p>Two readers entering together can both read the same count and both write it plus one: a
 * read hold is lost, the count reaches zero while a reader is still inside, and a writer enters
 * with it. A reader that read the state just before a writer's compare-and-set writes back a
 * state without the writer's bit: reader and writer are inside together. A lost release leaves the
 * lock read-held for ever.
 *
 * <p>It mirrors hand-written readers–writer locks with {@code volatile int readers; ...
 * readers++;} — a volatile field makes each read and write visible, not the increment atomic. The
 * correct form is one compare-and-set of the whole state ({@code dev.interlock.ReadWriteLock}).
 *
 * <p>Caught by: the Lincheck model {@code read-write-exclusion} ({@code ReadWriteCounterModel}:
 * a reader sees a write half done) and the jcstress test {@code
 * RacyCountReadWriteLock_04_ConcurrentReadHoldsCounted} ({@code readers-share}: a lost read hold).
 * A window of a few nanoseconds is the model checker's and jcstress's business: the conformance
 * contract's racing tests caught it in 2 of 6 runs on a loaded 2-CPU machine, and jcstress in the
 * shape of {@code ReadWriteLock_01} (writer against reader) 0 to 7 times per fork, so neither is
 * claimed.
 */
public final class RacyCountReadWriteLock extends ReadWriteLockVariant {

    /** Broken: a plain write of a value computed from an earlier read; a concurrent change is overwritten. */
    @Override
    boolean storeReadCount(Sync s, int expect, int update) {
        s.state(update);
        return true;
    }
}
