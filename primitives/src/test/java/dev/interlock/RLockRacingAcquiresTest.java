package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two threads that race to take a free {@link RLock} with {@code tryAcquire}: the one whose
 * compare-and-set fails must not go on to record itself as the owner. The window (between reading
 * the free state and the compare-and-set) is a few instructions wide, so this is a race found with
 * a probability: many short rounds, bounded in time, on two threads started together. Correct
 * code passes every round; no round depends on timing to pass.
 */
class RLockRacingAcquiresTest {

    private static final int ROUNDS = 200_000;
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(1);

    @Test
    void ofThreadsRacingForAFreeRLockAtMostOneHoldsItAtATime() throws InterruptedException {
        RLock lock = new RLock();
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger acquired = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        TestThread.Task racer = () -> {
            start.await();
            long deadline = System.nanoTime() + BUDGET_NANOS;
            for (int round = 0; round < ROUNDS && System.nanoTime() - deadline < 0; round++) {
                if (!lock.tryAcquire()) continue;
                try {
                    assertTrue(holders.incrementAndGet() == 1, "two threads hold the lock");
                    acquired.incrementAndGet();
                    holders.decrementAndGet();
                } finally {
                    lock.release(); // refused if another thread took the lock as its own meanwhile
                }
            }
        };
        TestThread first = TestThread.start("racer-1", racer);
        TestThread second = TestThread.start("racer-2", racer);
        start.countDown();
        first.close();
        second.close();
        assertTrue(acquired.get() > 0);
        assertFalse(lock.isLocked());
    }
}
