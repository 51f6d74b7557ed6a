package dev.interlock.model;

import dev.interlock.Lock;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.LockAdapter;

public class LockTryAcquireModelTest extends MutexTryAcquireModel {
    @Override protected MutexSubject newLock() { return new LockAdapter(new Lock()); }
}
