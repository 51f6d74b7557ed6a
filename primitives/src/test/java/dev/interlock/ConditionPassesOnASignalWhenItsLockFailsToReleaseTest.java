package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * No lost signals, even when the lock fails: {@link Condition#await()} enqueues the waiter, then
 * releases the lock with {@link ConditionLock#releaseSave()}. If that release throws (an ownerless
 * lock released meanwhile by another thread, or a faulty user lock), the exception reaches the
 * caller; and if a signal chose this waiter in between, the signal is passed to the next waiter
 * instead of being lost with it.
 */
class ConditionPassesOnASignalWhenItsLockFailsToReleaseTest {

    @Test
    void aSignalThatChoseAWaiterWhoseReleaseFailedWakesTheNextWaiter() throws InterruptedException {
        IllegalMonitorStateException failure = new IllegalMonitorStateException("released by another thread meanwhile");
        AtomicReference<TestThread> next = new AtomicReference<>();
        FailingReleaseLock lock = new FailingReleaseLock();
        Condition cond = new Condition(lock);
        lock.failOnce(() -> {
            // This thread's waiter is queued first. A second waiter queues behind it, then a signal
            // chooses the first, and only then does the release fail.
            next.set(TestThread.start("next-waiter",
                    () -> assertTrue(cond.await(TestThread.DEADLINE_NANOS, TimeUnit.NANOSECONDS), "the signal was lost")));
            TestThread.awaitTrue("two waiters", () -> cond.getWaitQueueLength() == 2);
            next.get().awaitBlocked();
            cond.signal();
            throw failure;
        });

        assertSame(failure, assertThrows(IllegalMonitorStateException.class, cond::await));
        next.get().close();
        assertEquals(0, cond.getWaitQueueLength());
    }

    /**
     * A user lock that holds nothing (any thread "owns" it) and whose {@code releaseSave} runs a
     * given step, once, in the first thread that waits: the step ends by throwing.
     */
    private static final class FailingReleaseLock implements ConditionLock {
        private final AtomicReference<Runnable> failure = new AtomicReference<>();

        void failOnce(Runnable step) {
            failure.set(step);
        }

        @Override
        public void acquire() {
        }

        @Override
        public void acquireUninterruptibly() {
        }

        @Override
        public boolean tryAcquire() {
            return true;
        }

        @Override
        public boolean tryAcquire(long timeout, TimeUnit unit) {
            return true;
        }

        @Override
        public void release() {
        }

        @Override
        public boolean isOwned() {
            return true;
        }

        @Override
        public int releaseSave() {
            Runnable step = failure.getAndSet(null);
            if (step != null) step.run();
            return 1;
        }

        @Override
        public void acquireRestore(int saved) {
        }
    }
}
