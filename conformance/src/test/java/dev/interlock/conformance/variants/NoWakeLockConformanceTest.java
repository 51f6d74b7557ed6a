package dev.interlock.conformance.variants;

import dev.interlock.conformance.LockContract;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.variants.NoWakeLock;

/** The broken {@link NoWakeLock} against the Lock contract: expected to fail. */
class NoWakeLockConformanceTest extends LockContract {
    @Override protected MutexSubject newLock() { return new NoWakeLock(); }
}
