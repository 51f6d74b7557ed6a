package dev.interlock.model;

import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.variants.RacyCountReadWriteLock;

/** Demonstration: a reader count updated non-atomically (a lost hold, a reader and a writer both in). Paired with {@link ReadWriteLockTryAcquireModelTest}. */
public class RacyCountReadWriteLockTryAcquireDemoTest extends ReadWriteTryAcquireModel {
    @Override protected ReadWriteLockSubject newLock() { return new RacyCountReadWriteLock(); }
    @Override protected Outcome expectedModelChecking() { return Outcome.WRONG_RESULT; }
}
