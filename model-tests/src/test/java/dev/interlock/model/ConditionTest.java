package dev.interlock.model;

import dev.interlock.Condition;
import dev.interlock.Lock;
import dev.interlock.RLock;
import dev.interlock.subjects.ConditionSubject;
import dev.interlock.subjects.adapters.ConditionAdapter;
import dev.interlock.variants.LostWakeupCondition;
import dev.interlock.variants.ReleaseOnceRLock;

public class ConditionTest extends ConditionContract {
    @Override protected ConditionSubject newCondition() { return new ConditionAdapter(new Condition(new Lock())); }
    @Override protected ConditionSubject newReentrantCondition() { return new ConditionAdapter(new Condition(new RLock())); }
    @Override protected ConditionSubject newPairedLostWakeup() { return new LostWakeupCondition(); }
    @Override protected ConditionSubject newPairedReleaseOnce() { return new ConditionAdapter(new Condition(new ReleaseOnceRLock())); }
}
