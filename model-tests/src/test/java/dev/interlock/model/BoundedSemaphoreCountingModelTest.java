package dev.interlock.model;

import dev.interlock.BoundedSemaphore;
import dev.interlock.subjects.SemaphoreSubject;
import dev.interlock.subjects.adapters.SemaphoreAdapter;

public class BoundedSemaphoreCountingModelTest extends CountingModel {
    @Override protected SemaphoreSubject newSemaphore(int value) { return new SemaphoreAdapter(new BoundedSemaphore(value)); }
    @Override protected boolean bounded() { return true; }
}
