package dev.interlock.conformance;

import dev.interlock.Semaphore;
import dev.interlock.subjects.SemaphoreSubject;
import dev.interlock.subjects.adapters.SemaphoreAdapter;

class SemaphoreConformanceTest extends UnboundedSemaphoreContract {
    @Override protected SemaphoreSubject newSemaphore(int value) { return new SemaphoreAdapter(new Semaphore(value)); }
}
