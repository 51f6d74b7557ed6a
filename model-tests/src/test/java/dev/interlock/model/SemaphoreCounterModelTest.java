package dev.interlock.model;

import dev.interlock.Semaphore;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.SemaphoreAdapter;

public class SemaphoreCounterModelTest extends MutexCounterModel {
    @Override protected MutexSubject newLock() { return new SemaphoreAsMutex(new SemaphoreAdapter(new Semaphore(1))); }
}
