package dev.interlock.model;

import dev.interlock.Lock;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.LockAdapter;
import dev.interlock.variants.NoWakeLock;

public class LockWakeupTest extends MutexWakeupContract {
    @Override protected MutexSubject newLock() { return new LockAdapter(new Lock()); }
    @Override protected MutexSubject newPairedBroken() { return new NoWakeLock(); }
}
