package dev.interlock.conformance.variants;

import static org.junit.jupiter.api.Assumptions.abort;

import dev.interlock.Condition;
import dev.interlock.conformance.ConditionContract;
import dev.interlock.conformance.ConditionOverLock;
import dev.interlock.subjects.ConditionSubject;
import dev.interlock.subjects.adapters.ConditionAdapter;
import dev.interlock.variants.ReleaseOnceRLock;

/**
 * Interlock's {@link Condition} over the broken {@link ReleaseOnceRLock}, against the Condition
 * contract: expected to fail. The variant is a reentrant lock, so the tests of a condition over a
 * plain lock are aborted (skipped): they would test Interlock's own Condition(Lock), not the variant.
 */
class ReleaseOnceRLockConformanceTest extends ConditionContract {
    @Override protected ConditionSubject newCondition() { return new ConditionAdapter(new Condition(new ReleaseOnceRLock())); }
    @Override protected ConditionOverLock newConditionOverPlainLock() { return abort("ReleaseOnceRLock is not a plain lock"); }
}
