package dev.interlock.model;

import dev.interlock.subjects.MutexSubject;
import dev.interlock.variants.adapters.CheckThenActLockAdapter;

/** Demonstration: a volatile check-then-act test-and-set lets both threads in (lost update, wrong result). Paired with {@link LockCounterModelTest}. */
public class CheckThenActLockCounterDemoTest extends MutexCounterModel {
    @Override protected MutexSubject newLock() { return CheckThenActLockAdapter.create(); }
    @Override protected Outcome expectedModelChecking() { return Outcome.WRONG_RESULT; }
}
