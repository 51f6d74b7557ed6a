package dev.interlock.conformance;

import dev.interlock.RLock;
import dev.interlock.subjects.ReentrantMutexSubject;
import dev.interlock.subjects.adapters.RLockAdapter;

/** Interlock's {@link RLock} against CPython's RLockTests (test_threading.PyRLockTests/CRLockTests). */
class RLockConformanceTest extends RLockContract {
    @Override protected ReentrantMutexSubject newLock() { return new RLockAdapter(new RLock()); }
}
