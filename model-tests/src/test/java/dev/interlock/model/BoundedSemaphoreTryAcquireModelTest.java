package dev.interlock.model;

import dev.interlock.BoundedSemaphore;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.SemaphoreAdapter;

public class BoundedSemaphoreTryAcquireModelTest extends MutexTryAcquireModel {
    @Override protected MutexSubject newLock() { return new SemaphoreAsMutex(new SemaphoreAdapter(new BoundedSemaphore(1))); }
}
