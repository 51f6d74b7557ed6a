package dev.interlock.examples.juc;

import dev.interlock.model.ReentrancyModel;
import dev.interlock.subjects.ReentrantMutexSubject;

/** Lincheck: reentrancy and ownership of {@link java.util.concurrent.locks.ReentrantLock} (Python's RLock model). */
public class ReentrantLockReentrancyModelTest extends ReentrancyModel {
    @Override protected ReentrantMutexSubject newLock() { return new ReentrantLockSubject(); }
    @Override protected String subject() { return "ReentrantLock"; }

    /** Model checking is what matters for j.u.c here; its stress half runs in the campaign only. */
    @Override protected boolean stressInQuickBudget() { return false; }
}
