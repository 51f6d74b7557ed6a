package dev.interlock.examples.juc;

import dev.interlock.model.CountingModel;
import dev.interlock.subjects.SemaphoreSubject;

/** Lincheck: counting of {@link java.util.concurrent.Semaphore} (Python's unbounded Semaphore model). */
public class JucSemaphoreCountingModelTest extends CountingModel {
    @Override protected SemaphoreSubject newSemaphore(int value) { return new JucSemaphoreSubject(value); }
    @Override protected boolean bounded() { return false; }
    @Override protected String subject() { return "JucSemaphore"; }

    /** Model checking is what matters for j.u.c here; its stress half runs in the campaign only. */
    @Override protected boolean stressInQuickBudget() { return false; }
}
