package dev.interlock.conformance.variants;

import dev.interlock.conformance.ReadWriteLockContract;
import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.variants.RacyCountReadWriteLock;

/** Broken variant {@link RacyCountReadWriteLock} (a reader count updated non-atomically: expected to fail the racing tests of readers-share and read-write-exclusion). */
class RacyCountReadWriteLockConformanceTest extends ReadWriteLockContract {
    @Override protected ReadWriteLockSubject newLock() { return new RacyCountReadWriteLock(); }
}
