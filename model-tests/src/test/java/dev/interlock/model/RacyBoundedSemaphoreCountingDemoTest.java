package dev.interlock.model;

import dev.interlock.subjects.SemaphoreSubject;
import dev.interlock.variants.adapters.RacyBoundedSemaphoreAdapter;

/** Demonstration: a bounded semaphore that checks the bound, then adds, passes the bound (wrong result). Paired with {@link BoundedSemaphoreCountingModelTest}. */
public class RacyBoundedSemaphoreCountingDemoTest extends CountingModel {
    @Override protected SemaphoreSubject newSemaphore(int value) { return RacyBoundedSemaphoreAdapter.create(value); }
    @Override protected boolean bounded() { return true; }
    @Override protected Outcome expectedModelChecking() { return Outcome.WRONG_RESULT; }
}
