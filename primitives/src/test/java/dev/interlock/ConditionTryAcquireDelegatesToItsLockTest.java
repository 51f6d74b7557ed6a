package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link Condition#tryAcquire()} and its timed forms are the lock's ({@code cond.acquire(False)}):
 * they fail while the lock is held and succeed once it is free. (A mutant that always answered
 * {@code true} survived every other test.)
 */
class ConditionTryAcquireDelegatesToItsLockTest {

    @Test
    void tryAcquireFailsWhileTheLockIsHeldAndSucceedsOnceItIsFree() throws InterruptedException {
        // CPython: Condition.acquire is the lock's acquire (lock_tests.ConditionTests.test_acquire)
        Lock lock = new Lock();
        Condition cond = new Condition(lock);
        lock.acquire();
        assertFalse(cond.tryAcquire(), "the lock is held");
        assertFalse(cond.tryAcquire(0, TimeUnit.SECONDS), "a zero timeout polls");
        assertFalse(cond.tryAcquire(Duration.ZERO), "a zero timeout polls");
        lock.release();

        assertTrue(cond.tryAcquire());
        assertTrue(lock.isLocked(), "the condition acquired its lock");
        cond.release();
        assertFalse(lock.isLocked());
    }
}
