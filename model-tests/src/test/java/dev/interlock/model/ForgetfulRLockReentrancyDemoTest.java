package dev.interlock.model;

import dev.interlock.subjects.ReentrantMutexSubject;
import dev.interlock.variants.ForgetfulRLock;

/** Demonstration: an RLock that forgets its count on release (wrong hold count). Paired with {@link RLockReentrancyModelTest}. */
public class ForgetfulRLockReentrancyDemoTest extends ReentrancyModel {
    @Override protected ReentrantMutexSubject newLock() { return new ForgetfulRLock(); }
    @Override protected Outcome expectedModelChecking() { return Outcome.WRONG_RESULT; }
}
