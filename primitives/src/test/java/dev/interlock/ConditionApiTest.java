package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Interlock-only API of {@link Condition}: toString, the wait-queue length, the Duration
 * overloads, null arguments, the guard, the default lock, and a user lock that implements only
 * the five acquisition methods of {@link ConditionLock}.
 */
class ConditionApiTest {

    /** A Duration beyond the long range of nanoseconds. */
    private static final Duration HUGE = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);

    @Test
    void toStringShowsTheLockAndTheNumberOfWaiters() throws InterruptedException {
        // Deviation D17 (Python: <Condition(<lock repr>, <number of waiters>)>)
        Condition cond = new Condition();
        assertEquals("Condition[RLock[unlocked], waiters=0]", cond.toString());
        TestThread waiter = startWaiter(cond);
        TestThread.awaitTrue("one waiter, lock released",
                () -> cond.toString().equals("Condition[RLock[unlocked], waiters=1]"));
        cond.acquire();
        String me = Thread.currentThread().getName();
        assertEquals("Condition[RLock[locked by " + me + ", count=1], waiters=1]", cond.toString());
        cond.signal();
        assertEquals("Condition[RLock[locked by " + me + ", count=1], waiters=0]", cond.toString());
        cond.release();
        waiter.close();

        Condition overLock = new Condition(new Lock());
        assertEquals("Condition[Lock[unlocked], waiters=0]", overLock.toString());
        overLock.acquire();
        assertEquals("Condition[Lock[locked], waiters=0]", overLock.toString());
        overLock.release();
    }

    @Test
    void waitQueueLengthCountsOnlyThreadsStillWaiting() throws InterruptedException {
        Condition cond = new Condition();
        assertEquals(0, cond.getWaitQueueLength());
        TestThread waiter = startWaiter(cond);
        waiter.awaitBlocked();
        assertEquals(1, cond.getWaitQueueLength());
        cond.acquire();
        cond.signal();
        assertEquals(0, cond.getWaitQueueLength(), "a signalled waiter is still counted");
        cond.release();
        waiter.close();

        cond.acquire();
        assertFalse(cond.await(1, TimeUnit.MILLISECONDS));
        assertEquals(0, cond.getWaitQueueLength(), "a timed-out waiter is still counted");
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, cond::await);
        assertEquals(0, cond.getWaitQueueLength(), "an interrupted waiter is still counted");
        cond.release();
    }

    /** Starts a thread that waits untimed on {@code cond}, holding its lock around the wait. */
    private static TestThread startWaiter(Condition cond) {
        return TestThread.start(() -> {
            cond.acquire();
            cond.await();
            cond.release();
        });
    }

    @Test
    @SuppressWarnings("try") // the guard is held for its scope: Python's `with cond:`
    void durationOverloadsTimeOutPollAndSaturate() throws InterruptedException {
        // Deviations D1 (<= 0 polls) and D3 (a Duration beyond the long range saturates)
        Condition cond = new Condition();
        try (Guard held = cond.guard()) {
            long start = System.nanoTime();
            assertFalse(cond.await(Duration.ofMillis(50)));
            assertTimedOut(start, 50);
            start = System.nanoTime();
            assertFalse(cond.awaitFor(() -> false, Duration.ofMillis(50)));
            assertTimedOut(start, 50);
            assertFalse(cond.await(Duration.ZERO));
            assertFalse(cond.await(HUGE.negated())); // saturates to Long.MIN_VALUE ns: still a poll
            assertFalse(cond.awaitFor(() -> false, HUGE.negated()));
            assertTrue(cond.awaitFor(() -> true, HUGE));
            assertTrue(cond.tryAcquire(Duration.ZERO)); // re-entrant
            assertTrue(cond.tryAcquire(HUGE));
            cond.release();
            cond.release();
            assertEquals(1, ((RLock) cond.lock()).getHoldCount());
        }
    }

    private static void assertTimedOut(long start, long millis) {
        long nanos = System.nanoTime() - start;
        assertTrue(nanos >= TimeUnit.MILLISECONDS.toNanos(millis), "returned after " + nanos + " ns, before the timeout");
    }

    @Test
    void durationAwaitBeyondTheLongRangeWaitsUntilSignalled() throws InterruptedException {
        // Deviation D3: no OverflowError; the huge timeout simply waits
        Condition cond = new Condition();
        AtomicBoolean signalled = new AtomicBoolean();
        TestThread waiter = TestThread.start(() -> {
            cond.acquire();
            signalled.set(cond.await(HUGE));
            cond.release();
        });
        waiter.awaitBlocked();
        cond.acquire();
        cond.signal();
        cond.release();
        waiter.close();
        assertTrue(signalled.get());
    }

    @Test
    void nullArgumentsAreRejectedAndChangeNothing() throws InterruptedException {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Condition(null));
        assertEquals("lock", e.getMessage());

        Condition cond = new Condition();
        RLock lock = (RLock) cond.lock();
        cond.acquire();
        assertNullRejected(() -> cond.await(1, null));
        assertNullRejected(() -> cond.await((Duration) null));
        assertNullRejected(() -> cond.awaitFor(null));
        assertNullRejected(() -> cond.awaitFor(null, 1, TimeUnit.SECONDS));
        assertNullRejected(() -> cond.awaitFor(null, Duration.ZERO));
        assertNullRejected(() -> cond.awaitFor(() -> false, 1, null));
        assertNullRejected(() -> cond.awaitFor(() -> false, (Duration) null));
        assertNullRejected(() -> cond.tryAcquire(1, null));
        assertNullRejected(() -> cond.tryAcquire((Duration) null));
        assertEquals(1, lock.getHoldCount(), "a rejected call released or acquired the lock");
        assertEquals(0, cond.getWaitQueueLength());
        cond.release();
    }

    private static void assertNullRejected(Executable call) {
        assertThrows(NullPointerException.class, call);
    }

    @Test
    @SuppressWarnings("try") // the guard is held for its scope: Python's `with cond:`
    void guardReleasesOnceEvenIfClosedTwice() throws InterruptedException {
        // Deviation D18
        Condition cond = new Condition();
        RLock lock = (RLock) cond.lock();
        Guard guard = cond.guard();
        cond.acquire();
        assertEquals(2, lock.getHoldCount());
        guard.close();
        assertEquals(1, lock.getHoldCount());
        guard.close();
        assertEquals(1, lock.getHoldCount(), "a second close released another acquisition");
        cond.release();

        assertThrows(IllegalStateException.class, () -> {
            try (Guard held = cond.guard()) {
                throw new IllegalStateException("propagates");
            }
        });
        assertFalse(lock.isLocked(), "the guard did not release when the block threw");
    }

    @Test
    void defaultLockIsANewRLockAndAGivenLockIsKept() {
        // CPython: Condition(lock=None) creates an RLock (python-threading.md 2.3)
        Condition first = new Condition();
        assertInstanceOf(RLock.class, first.lock());
        assertNotSame(first.lock(), new Condition().lock());
        Lock lock = new Lock();
        assertSame(lock, new Condition(lock).lock());
    }

    /** A user lock with only the five acquisition methods: the protocol methods are the defaults. */
    private static final class SemaphoreLock implements ConditionLock {
        private final java.util.concurrent.Semaphore permit = new java.util.concurrent.Semaphore(1);

        @Override public void acquire() throws InterruptedException { permit.acquire(); }
        @Override public void acquireUninterruptibly() { permit.acquireUninterruptibly(); }
        @Override public boolean tryAcquire() { return permit.tryAcquire(); }
        @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return permit.tryAcquire(timeout, unit); }
        @Override public void release() { permit.release(); }
        @Override public String toString() { return "SemaphoreLock"; }
    }

    @Test
    void userLockWithOnlyTheAcquisitionMethodsWorksThroughTheDefaults() throws InterruptedException {
        // CPython's fallbacks for a lock without _is_owned / _release_save / _acquire_restore
        SemaphoreLock lock = new SemaphoreLock();
        Condition cond = new Condition(lock);
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, cond::signal);
        assertEquals("cannot notify on un-acquired lock", e.getMessage());
        e = assertThrows(IllegalMonitorStateException.class, cond::await);
        assertEquals("cannot wait on un-acquired lock", e.getMessage());
        assertTrue(lock.tryAcquire(), "a failed ownership check left the lock held");
        lock.release();

        AtomicBoolean signalled = new AtomicBoolean();
        TestThread waiter = TestThread.start(() -> {
            cond.acquire();
            signalled.set(cond.await(30, TimeUnit.SECONDS));
            cond.release();
        });
        waiter.awaitBlocked();
        assertEquals("Condition[SemaphoreLock, waiters=1]", cond.toString());
        cond.acquire(); // free: the waiter released it through the default releaseSave
        cond.signal();
        cond.release();
        waiter.close();
        assertTrue(signalled.get());
        assertTrue(lock.tryAcquire(), "the waiter did not release the lock it re-acquired");
        lock.release();
    }
}
