package dev.interlock.model;

import dev.interlock.RLock;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.RLockAdapter;

public class RLockTryAcquireModelTest extends MutexTryAcquireModel {
    @Override protected MutexSubject newLock() { return new RLockAdapter(new RLock()); }
    @Override protected boolean owned() { return true; }
}
