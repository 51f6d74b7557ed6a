package dev.interlock.model;

import dev.interlock.ReadWriteLock;
import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.subjects.adapters.ReadWriteLockAdapter;

public class ReadWriteLockTryAcquireModelTest extends ReadWriteTryAcquireModel {
    @Override protected ReadWriteLockSubject newLock() { return new ReadWriteLockAdapter(new ReadWriteLock()); }
}
