package dev.interlock.model;

import dev.interlock.Semaphore;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.SemaphoreAdapter;

/**
 * Why {@code Semaphore(1)} does not bind the non-blocking mutual-exclusion model: its release of
 * a free "lock" is accepted (value 2, Python's unbounded release), which the lock specification
 * refuses — so model checking must find a wrong result. It binds {@link SemaphoreCounterModelTest}.
 */
public class SemaphoreOneTryAcquireDeviationTest extends MutexTryAcquireModel {
    @Override protected MutexSubject newLock() { return new SemaphoreAsMutex(new SemaphoreAdapter(new Semaphore(1))); }
    @Override protected String property() { return "mutual-exclusion-try-acquire-unbounded-release"; }
    @Override protected Outcome expectedModelChecking() { return Outcome.WRONG_RESULT; }
}
