package dev.interlock.model;

import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.variants.RacyCountReadWriteLock;

/** Demonstration: a reader count updated non-atomically lets a writer in with a reader. Paired with {@link ReadWriteLockCounterModelTest}. */
public class RacyCountReadWriteLockCounterDemoTest extends ReadWriteCounterModel {
    @Override protected ReadWriteLockSubject newLock() { return new RacyCountReadWriteLock(); }
    @Override protected Outcome expectedModelChecking() { return Outcome.WRONG_RESULT; }
}
