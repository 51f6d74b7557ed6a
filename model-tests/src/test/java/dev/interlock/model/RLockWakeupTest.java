package dev.interlock.model;

import dev.interlock.RLock;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.RLockAdapter;
import dev.interlock.variants.NoWakeLock;

public class RLockWakeupTest extends MutexWakeupContract {
    @Override protected MutexSubject newLock() { return new RLockAdapter(new RLock()); }
    @Override protected MutexSubject newPairedBroken() { return new NoWakeLock(); }
}
