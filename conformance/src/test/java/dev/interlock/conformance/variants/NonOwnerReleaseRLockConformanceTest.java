package dev.interlock.conformance.variants;

import dev.interlock.conformance.RLockContract;
import dev.interlock.subjects.ReentrantMutexSubject;
import dev.interlock.variants.adapters.NonOwnerReleaseRLockAdapter;

/** The broken {@link dev.interlock.variants.NonOwnerReleaseRLock} against the RLock contract: expected to fail. */
class NonOwnerReleaseRLockConformanceTest extends RLockContract {
    @Override protected ReentrantMutexSubject newLock() { return NonOwnerReleaseRLockAdapter.create(); }
}
