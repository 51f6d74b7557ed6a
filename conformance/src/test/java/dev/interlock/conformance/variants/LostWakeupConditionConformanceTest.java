package dev.interlock.conformance.variants;

import static org.junit.jupiter.api.Assumptions.abort;

import dev.interlock.conformance.ConditionContract;
import dev.interlock.conformance.ConditionOverLock;
import dev.interlock.subjects.ConditionSubject;
import dev.interlock.variants.LostWakeupCondition;

/**
 * The broken {@link LostWakeupCondition} against the Condition contract: expected to fail. Its lock
 * is private, so the tests that need the plain lock beside the condition are aborted (skipped), not
 * failed: the binding cannot express them.
 */
class LostWakeupConditionConformanceTest extends ConditionContract {
    @Override protected ConditionSubject newCondition() { return new LostWakeupCondition(); }
    @Override protected ConditionOverLock newConditionOverPlainLock() { return abort("LostWakeupCondition does not expose its lock"); }
}
