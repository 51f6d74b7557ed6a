package dev.interlock.examples.juc;

import dev.interlock.stress.kit.Kind;
import dev.interlock.stress.kit.StressTests;
import dev.interlock.subjects.BarrierSubject;
import dev.interlock.subjects.EventSubject;
import dev.interlock.subjects.ReentrantMutexSubject;
import dev.interlock.subjects.SemaphoreSubject;
import java.util.concurrent.CyclicBarrier;

/**
 * jcstress for java.util.concurrent: every shape of each kind applies, and holds. The tests run in
 * the module's one jcstress invocation ({@link dev.interlock.examples.TicketLockStressTest}).
 * ReentrantLock runs the reentrant-mutex shapes only: as a plain {@code Lock} it would meet the
 * mutex shape that releases from the signal thread, which an owned lock refuses (D16).
 * CyclicBarrier's abort is its adapter's interrupted arrival ({@link CyclicBarrierSubject}).
 */
final class JucStressTests {
    private JucStressTests() {
    }

    @StressTests(subject = "ReentrantLock", kind = Kind.REENTRANT_MUTEX)
    static ReentrantMutexSubject reentrantLock() { return new ReentrantLockSubject(); }

    @StressTests(subject = "JucSemaphore", kind = Kind.SEMAPHORE)
    static SemaphoreSubject semaphore(int permits) { return new JucSemaphoreSubject(permits); }

    @StressTests(subject = "CountDownLatch", kind = Kind.EVENT)
    static EventSubject countDownLatch() { return new CountDownLatchSubject(); }

    @StressTests(subject = "CyclicBarrier", kind = Kind.BARRIER)
    static BarrierSubject cyclicBarrier(int parties, Runnable action) { return new CyclicBarrierSubject(new CyclicBarrier(parties, action)); }
}
