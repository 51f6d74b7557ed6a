package dev.interlock.model;

import dev.interlock.RLock;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.RLockAdapter;

public class RLockCounterModelTest extends MutexCounterModel {
    @Override protected MutexSubject newLock() { return new RLockAdapter(new RLock()); }
}
