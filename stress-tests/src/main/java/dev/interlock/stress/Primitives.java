package dev.interlock.stress;

import dev.interlock.Barrier;
import dev.interlock.BoundedSemaphore;
import dev.interlock.Condition;
import dev.interlock.Event;
import dev.interlock.Lock;
import dev.interlock.RLock;
import dev.interlock.Semaphore;
import dev.interlock.stress.kit.Kind;
import dev.interlock.stress.kit.StressTests;
import dev.interlock.subjects.BarrierSubject;
import dev.interlock.subjects.ConditionSubject;
import dev.interlock.subjects.EventSubject;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.ReentrantMutexSubject;
import dev.interlock.subjects.SemaphoreSubject;
import dev.interlock.subjects.adapters.BarrierAdapter;
import dev.interlock.subjects.adapters.ConditionAdapter;
import dev.interlock.subjects.adapters.EventAdapter;
import dev.interlock.subjects.adapters.LockAdapter;
import dev.interlock.subjects.adapters.RLockAdapter;
import dev.interlock.subjects.adapters.SemaphoreAdapter;

/**
 * Interlock's primitives bound to the jcstress shapes of the stress kit, exactly as a user binds
 * theirs: each {@link StressTests} generates the kind's tests, {@code Lock_01_MutualExclusion} to
 * {@code Barrier_03_BrokenReleasesOtherParty} (the table of this module's README). The shapes
 * themselves live in {@code interlock-stress-kit} ({@code dev.interlock.stress.kit.shapes}).
 */
final class Primitives {
    private Primitives() {
    }

    @StressTests(subject = "Lock", kind = Kind.MUTEX)
    static MutexSubject lock() { return new LockAdapter(new Lock()); }

    @StressTests(subject = "RLock", kind = Kind.REENTRANT_MUTEX)
    static ReentrantMutexSubject rLock() { return new RLockAdapter(new RLock()); }

    @StressTests(subject = "Semaphore", kind = Kind.SEMAPHORE)
    static SemaphoreSubject semaphore(int value) { return new SemaphoreAdapter(new Semaphore(value)); }

    @StressTests(subject = "BoundedSemaphore", kind = Kind.BOUNDED_SEMAPHORE)
    static SemaphoreSubject boundedSemaphore(int value) { return new SemaphoreAdapter(new BoundedSemaphore(value)); }

    @StressTests(subject = "Event", kind = Kind.EVENT)
    static EventSubject event() { return new EventAdapter(new Event()); }

    /** The default Condition, over an RLock: the reentrant lock the condition shapes need. */
    @StressTests(subject = "Condition", kind = Kind.CONDITION)
    static ConditionSubject condition() { return new ConditionAdapter(new Condition()); }

    @StressTests(subject = "Barrier", kind = Kind.BARRIER)
    static BarrierSubject barrier(int parties, Runnable action) { return new BarrierAdapter(new Barrier(parties, action)); }
}
