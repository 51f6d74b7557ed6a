package dev.interlock.conformance.variants;

import dev.interlock.Lock;
import dev.interlock.conformance.ConditionContract;
import dev.interlock.conformance.ConditionOverLock;
import dev.interlock.subjects.ConditionSubject;
import dev.interlock.subjects.adapters.LockAdapter;
import dev.interlock.variants.TimeoutLosesSignalCondition;
import dev.interlock.variants.adapters.TimeoutLosesSignalConditionAdapter;

/** The broken {@link TimeoutLosesSignalCondition} (CPython 3.9-3.13's) against the Condition contract: expected to fail. */
class TimeoutLosesSignalConditionConformanceTest extends ConditionContract {
    @Override protected ConditionSubject newCondition() { return new TimeoutLosesSignalConditionAdapter(new TimeoutLosesSignalCondition()); }

    @Override protected ConditionOverLock newConditionOverPlainLock() {
        var lock = new Lock();
        return new ConditionOverLock(new TimeoutLosesSignalConditionAdapter(new TimeoutLosesSignalCondition(lock)), new LockAdapter(lock));
    }
}
