package dev.interlock.conformance.variants;

import dev.interlock.conformance.RLockContract;
import dev.interlock.subjects.ReentrantMutexSubject;
import dev.interlock.variants.ForgetfulRLock;

/** The broken {@link ForgetfulRLock} against the RLock contract: expected to fail. */
class ForgetfulRLockConformanceTest extends RLockContract {
    @Override protected ReentrantMutexSubject newLock() { return new ForgetfulRLock(); }
}
