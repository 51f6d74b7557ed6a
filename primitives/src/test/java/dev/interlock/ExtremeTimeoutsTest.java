package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Deviations D1 and D3 at the edges of the {@code long} range: a timeout that saturates to
 * {@code Long.MIN_VALUE} nanoseconds still polls (a deadline computed as {@code now + nanos}
 * would wrap to the far future), and one that saturates to {@code Long.MAX_VALUE} still waits.
 * The JUnit timeout is the deadline that turns a regression into a failure instead of a hang.
 */
@Timeout(10)
class ExtremeTimeoutsTest {

    private static final Duration MOST_NEGATIVE = Duration.ofSeconds(Long.MIN_VALUE);

    @Test
    void mostNegativeTimeoutsPollOnEveryPrimitive() throws Exception {
        Lock lock = new Lock();
        lock.acquire();
        assertFalse(lock.tryAcquire(Long.MIN_VALUE, TimeUnit.NANOSECONDS));
        assertFalse(lock.tryAcquire(MOST_NEGATIVE));

        assertFalse(new Semaphore(0).tryAcquire(-Long.MAX_VALUE, TimeUnit.DAYS));
        assertFalse(new Event().await(MOST_NEGATIVE));

        Condition condition = new Condition();
        condition.acquire();
        assertFalse(condition.await(Long.MIN_VALUE, TimeUnit.NANOSECONDS));
        assertFalse(condition.await(-Long.MAX_VALUE, TimeUnit.DAYS));
        assertFalse(condition.await(MOST_NEGATIVE));
        assertFalse(condition.awaitFor(() -> false, Long.MIN_VALUE, TimeUnit.NANOSECONDS));
        assertFalse(condition.awaitFor(() -> false, MOST_NEGATIVE));
        condition.release();

        Barrier barrier = new Barrier(2);
        assertThrows(TimeoutException.class, () -> barrier.await(Long.MIN_VALUE, TimeUnit.NANOSECONDS));
        assertTrue(barrier.isBroken());
        Barrier withDefault = new Barrier(2, MOST_NEGATIVE);
        assertThrows(TimeoutException.class, withDefault::await);
    }

    @Test
    void mostPositiveTimeoutsSaturateAndSucceedAtOnceWhenFree() throws Exception {
        Duration huge = Duration.ofSeconds(Long.MAX_VALUE);
        assertTrue(new Lock().tryAcquire(huge));
        assertTrue(new RLock().tryAcquire(Long.MAX_VALUE, TimeUnit.DAYS));
        assertTrue(new Semaphore(1).tryAcquire(huge));
        Event event = new Event();
        event.set();
        assertTrue(event.await(huge));
        Condition condition = new Condition();
        condition.acquire();
        assertTrue(condition.awaitFor(() -> true, huge));
        condition.release();
        assertEquals(0, new Barrier(1).await(huge));
    }
}
