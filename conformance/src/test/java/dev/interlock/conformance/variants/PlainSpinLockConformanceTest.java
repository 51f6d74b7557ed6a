package dev.interlock.conformance.variants;

import dev.interlock.conformance.LockContract;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.variants.adapters.PlainSpinLockAdapter;

/** The broken {@link dev.interlock.variants.PlainSpinLock} against the Lock contract: expected to fail. */
class PlainSpinLockConformanceTest extends LockContract {
    @Override protected MutexSubject newLock() { return PlainSpinLockAdapter.create(); }
}
