package dev.interlock.conformance;

import dev.interlock.ReadWriteLock;
import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.subjects.adapters.ReadWriteLockAdapter;

/** Interlock's {@link ReadWriteLock} against its own contract. */
class ReadWriteLockConformanceTest extends ReadWriteLockContract {
    @Override protected ReadWriteLockSubject newLock() { return new ReadWriteLockAdapter(new ReadWriteLock()); }
}
