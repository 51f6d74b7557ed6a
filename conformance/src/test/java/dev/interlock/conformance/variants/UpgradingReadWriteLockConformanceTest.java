package dev.interlock.conformance.variants;

import dev.interlock.conformance.ReadWriteLockContract;
import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.variants.UpgradingReadWriteLock;

/** Broken variant {@link UpgradingReadWriteLock} (a reader's write request waits instead of being refused: expected to fail upgrade-refused). */
class UpgradingReadWriteLockConformanceTest extends ReadWriteLockContract {
    @Override protected ReadWriteLockSubject newLock() { return new UpgradingReadWriteLock(); }
}
