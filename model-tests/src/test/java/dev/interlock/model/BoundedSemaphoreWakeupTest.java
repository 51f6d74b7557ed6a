package dev.interlock.model;

import dev.interlock.BoundedSemaphore;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.SemaphoreAdapter;
import dev.interlock.variants.NoWakeLock;

public class BoundedSemaphoreWakeupTest extends MutexWakeupContract {
    @Override protected MutexSubject newLock() { return new SemaphoreAsMutex(new SemaphoreAdapter(new BoundedSemaphore(1))); }
    @Override protected MutexSubject newPairedBroken() { return new NoWakeLock(); }
}
