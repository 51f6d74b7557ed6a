package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Interlock-only API of {@link Event}: toString, the Duration overload, null arguments. */
class EventApiTest {

    /** A Duration beyond the long range of nanoseconds. */
    private static final Duration HUGE = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);

    @Test
    void toStringShowsWhetherTheFlagIsSet() {
        // CPython: EventTests.test_repr; Deviation D17
        Event event = new Event();
        assertEquals("Event[unset]", event.toString());
        event.set();
        assertEquals("Event[set]", event.toString());
        event.clear();
        assertEquals("Event[unset]", event.toString());
    }

    @Test
    void durationAwaitTimesOutPollsAndSaturates() throws InterruptedException {
        // Deviations D1 (<= 0 polls) and D3 (a Duration beyond the long range saturates)
        Event event = new Event();
        long start = System.nanoTime();
        assertFalse(event.await(Duration.ofMillis(50)));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(50), "returned before the timeout");
        assertFalse(event.await(Duration.ZERO));
        assertFalse(event.await(Duration.ofMillis(-5)));
        assertFalse(event.await(HUGE.negated()));
        event.set();
        assertTrue(event.await(Duration.ZERO));
        assertTrue(event.await(HUGE));
    }

    @Test
    void durationAwaitBeyondTheLongRangeWaitsUntilSet() throws InterruptedException {
        // Deviation D3: no OverflowError; the huge timeout simply waits
        Event event = new Event();
        AtomicBoolean result = new AtomicBoolean();
        TestThread waiter = TestThread.start(() -> result.set(event.await(HUGE)));
        waiter.awaitBlocked();
        event.set();
        waiter.close();
        assertTrue(result.get());
    }

    @Test
    void nullTimeUnitOrDurationIsRejected() {
        Event event = new Event();
        for (int i = 0; i < 2; i++) { // while clear, then while set: the argument is checked first
            assertThrows(NullPointerException.class, () -> event.await(1, null));
            assertThrows(NullPointerException.class, () -> event.await((Duration) null));
            event.set();
        }
    }
}
