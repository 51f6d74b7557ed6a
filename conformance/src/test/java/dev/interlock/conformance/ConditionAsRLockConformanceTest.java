package dev.interlock.conformance;

import dev.interlock.subjects.ReentrantMutexSubject;
import dev.interlock.subjects.adapters.ConditionAsRLockAdapter;

/** A Condition over an RLock used as that RLock: CPython's ConditionAsRLockTests. */
class ConditionAsRLockConformanceTest extends RLockContract {
    @Override protected ReentrantMutexSubject newLock() { return ConditionAsRLockAdapter.create(); }
}
