package dev.interlock.conformance;

import dev.interlock.Lock;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.LockAdapter;

/** Interlock's {@link Lock} against CPython's LockTests (test_threading.LockTests). */
class LockConformanceTest extends LockContract {
    @Override protected MutexSubject newLock() { return new LockAdapter(new Lock()); }
}
