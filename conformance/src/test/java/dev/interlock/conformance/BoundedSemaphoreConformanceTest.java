package dev.interlock.conformance;

import dev.interlock.BoundedSemaphore;
import dev.interlock.subjects.SemaphoreSubject;
import dev.interlock.subjects.adapters.SemaphoreAdapter;

class BoundedSemaphoreConformanceTest extends BoundedSemaphoreContract {
    @Override protected SemaphoreSubject newSemaphore(int value) { return new SemaphoreAdapter(new BoundedSemaphore(value)); }
}
