package dev.interlock.model;

import dev.interlock.Semaphore;
import dev.interlock.subjects.SemaphoreSubject;
import dev.interlock.subjects.adapters.SemaphoreAdapter;

public class SemaphoreCountingModelTest extends CountingModel {
    @Override protected SemaphoreSubject newSemaphore(int value) { return new SemaphoreAdapter(new Semaphore(value)); }
    @Override protected boolean bounded() { return false; }
}
