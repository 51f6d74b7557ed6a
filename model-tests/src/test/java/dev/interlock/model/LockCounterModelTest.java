package dev.interlock.model;

import dev.interlock.Lock;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.LockAdapter;

public class LockCounterModelTest extends MutexCounterModel {
    @Override protected MutexSubject newLock() { return new LockAdapter(new Lock()); }
}
