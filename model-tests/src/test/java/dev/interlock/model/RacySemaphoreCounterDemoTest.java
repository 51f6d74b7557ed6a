package dev.interlock.model;

import dev.interlock.subjects.MutexSubject;
import dev.interlock.variants.adapters.RacySemaphoreAdapter;

/** Demonstration: a Semaphore(1) with a read-then-write decrement lets both threads in (lost update, wrong result). Paired with {@link SemaphoreCounterModelTest}. */
public class RacySemaphoreCounterDemoTest extends MutexCounterModel {
    @Override protected MutexSubject newLock() { return new SemaphoreAsMutex(RacySemaphoreAdapter.create(1)); }
    @Override protected Outcome expectedModelChecking() { return Outcome.WRONG_RESULT; }
}
