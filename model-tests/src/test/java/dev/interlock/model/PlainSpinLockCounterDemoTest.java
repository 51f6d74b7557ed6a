package dev.interlock.model;

import dev.interlock.subjects.MutexSubject;
import dev.interlock.variants.adapters.PlainSpinLockAdapter;

/** Demonstration: a check-then-act lock violates mutual exclusion (lost update, wrong result). Paired with {@link LockCounterModelTest}. */
public class PlainSpinLockCounterDemoTest extends MutexCounterModel {
    @Override protected MutexSubject newLock() { return PlainSpinLockAdapter.create(); }
    @Override protected Outcome expectedModelChecking() { return Outcome.WRONG_RESULT; }
}
