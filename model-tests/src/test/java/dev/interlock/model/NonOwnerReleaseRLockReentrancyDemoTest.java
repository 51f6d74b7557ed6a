package dev.interlock.model;

import dev.interlock.subjects.ReentrantMutexSubject;
import dev.interlock.variants.adapters.NonOwnerReleaseRLockAdapter;

/** Demonstration: an RLock that lets a non-owner release (no exception where the spec throws). Paired with {@link RLockReentrancyModelTest}. */
public class NonOwnerReleaseRLockReentrancyDemoTest extends ReentrancyModel {
    @Override protected ReentrantMutexSubject newLock() { return NonOwnerReleaseRLockAdapter.create(); }
    @Override protected Outcome expectedModelChecking() { return Outcome.WRONG_RESULT; }
}
