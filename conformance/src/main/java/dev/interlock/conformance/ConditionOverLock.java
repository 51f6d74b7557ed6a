package dev.interlock.conformance;

import dev.interlock.subjects.ConditionSubject;
import dev.interlock.subjects.MutexSubject;

/**
 * A condition built over a plain, ownerless lock, with that lock: CPython's {@code
 * Condition(Lock())}, which {@code ConditionTests.test_acquire} uses to check that the condition
 * acquires and releases the very lock it was given.
 *
 * @param condition the condition under test
 * @param lock the plain lock the condition is over
 */
public record ConditionOverLock(ConditionSubject condition, MutexSubject lock) {
}
