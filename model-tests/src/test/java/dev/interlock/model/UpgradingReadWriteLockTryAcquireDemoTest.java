package dev.interlock.model;

import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.variants.UpgradingReadWriteLock;

/** Demonstration: a reader's tryAcquireWrite is not refused (it upgrades, or reports busy). Paired with {@link ReadWriteLockTryAcquireModelTest}. */
public class UpgradingReadWriteLockTryAcquireDemoTest extends ReadWriteTryAcquireModel {
    @Override protected ReadWriteLockSubject newLock() { return new UpgradingReadWriteLock(); }
    @Override protected Outcome expectedModelChecking() { return Outcome.WRONG_RESULT; }
}
