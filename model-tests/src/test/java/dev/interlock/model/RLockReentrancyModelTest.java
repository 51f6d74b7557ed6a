package dev.interlock.model;

import dev.interlock.RLock;
import dev.interlock.subjects.ReentrantMutexSubject;
import dev.interlock.subjects.adapters.RLockAdapter;

public class RLockReentrancyModelTest extends ReentrancyModel {
    @Override protected ReentrantMutexSubject newLock() { return new RLockAdapter(new RLock()); }
}
