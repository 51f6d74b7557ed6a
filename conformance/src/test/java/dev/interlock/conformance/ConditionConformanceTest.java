package dev.interlock.conformance;

import dev.interlock.Condition;
import dev.interlock.Lock;
import dev.interlock.subjects.ConditionSubject;
import dev.interlock.subjects.adapters.ConditionAdapter;
import dev.interlock.subjects.adapters.LockAdapter;

class ConditionConformanceTest extends ConditionContract {
    @Override protected ConditionSubject newCondition() { return new ConditionAdapter(new Condition()); }

    @Override protected ConditionOverLock newConditionOverPlainLock() {
        var lock = new Lock();
        return new ConditionOverLock(new ConditionAdapter(new Condition(lock)), new LockAdapter(lock));
    }
}
