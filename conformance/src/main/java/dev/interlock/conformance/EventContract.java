package dev.interlock.conformance;

import static dev.interlock.conformance.support.Interrupts.assertInterruptedOnEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.conformance.support.Bunch;
import dev.interlock.conformance.support.Contract;
import dev.interlock.conformance.support.Deadlines;
import dev.interlock.conformance.support.Deviation;
import dev.interlock.conformance.support.Property;
import dev.interlock.subjects.EventSubject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The event contract: CPython's {@code lock_tests.EventTests} plus the Java-only cases
 * (interruption, timeouts {@code <= 0}, memory visibility). Bind it with one factory.
 *
 * <p>Not ported: {@code test_at_fork_reinit} (there is no fork in Java) and {@code
 * test_repr} (the toString format is Interlock's own, tested in {@code EventApiTest}).
 */
public abstract class EventContract extends Contract {

    private static final int N = 5;
    private static final long TIMEOUT_MILLIS = 100;
    /** Never expires in a passing run; shorter than the join deadline, so a missed set shows as {@code false}. */
    private static final long LONG_MILLIS = Deadlines.DEFAULT.toMillis() / 2;

    /** A new event, flag clear. */
    protected abstract EventSubject newEvent();

    /** What a timed wait returned and how long it took. */
    private record Timed(boolean result, long nanos) {
    }

    private static Timed timedAwait(EventSubject event, long millis) throws InterruptedException {
        long start = System.nanoTime();
        boolean result = event.await(millis, TimeUnit.MILLISECONDS);
        return new Timed(result, System.nanoTime() - start);
    }

    private static <T> List<T> newResults() {
        return Collections.synchronizedList(new ArrayList<>());
    }

    @Property("event-flag")
    @Test
    void isSetFollowsSetAndClear() {
        // CPython: EventTests.test_is_set
        EventSubject event = newEvent();
        assertFalse(event.isSet());
        event.set();
        assertTrue(event.isSet());
        event.set();
        assertTrue(event.isSet());
        event.clear();
        assertFalse(event.isSet());
        event.clear();
        assertFalse(event.isSet());
    }

    @Property("blocked-await-woken-by-set")
    @Test
    void setReleasesEveryBlockedWaiterAndLaterWaitsPassThrough() {
        // CPython: EventTests.test_notify; Deviation D10 (the untimed await returns void)
        EventSubject event = newEvent();
        checkSetReleasesAllWaiters(event);
        event.set();
        event.clear();
        checkSetReleasesAllWaiters(event);
    }

    /** CPython's EventTests._check_notify: 5 threads wait twice; one set() releases both waits. */
    private void checkSetReleasesAllWaiters(EventSubject event) {
        AtomicInteger firstReturned = new AtomicInteger();
        AtomicInteger secondReturned = new AtomicInteger();
        try (Bunch bunch = bunch(N, () -> {
            event.await();
            firstReturned.incrementAndGet();
            event.await();
            secondReturned.incrementAndGet();
        })) {
            bunch.awaitAllBlocked();
            assertEquals(0, firstReturned.get(), "a waiter returned before set()");
            event.set();
        }
        assertEquals(N, firstReturned.get());
        assertEquals(N, secondReturned.get());
    }

    @Property("timeouts")
    @Test
    void timedAwaitTimesOutWhileClearAndSucceedsOnceSet() throws InterruptedException {
        // CPython: EventTests.test_timeout
        EventSubject event = newEvent();
        List<Boolean> polls = newResults();
        List<Timed> waits = newResults();
        bunch(N, () -> {
            polls.add(event.await(0, TimeUnit.MILLISECONDS));
            waits.add(timedAwait(event, TIMEOUT_MILLIS));
        }).join();
        assertEquals(Collections.nCopies(N, false), polls);
        assertEquals(N, waits.size());
        for (Timed wait : waits) {
            assertFalse(wait.result(), "a timed wait on a clear event returned true");
            assertTrue(wait.nanos() >= TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS),
                    "timed out after " + wait.nanos() + " ns, before the timeout");
        }

        polls.clear();
        waits.clear();
        event.set();
        bunch(N, () -> {
            polls.add(event.await(0, TimeUnit.MILLISECONDS));
            waits.add(timedAwait(event, TIMEOUT_MILLIS));
        }).join();
        assertEquals(Collections.nCopies(N, true), polls);
        waits.forEach(wait -> assertTrue(wait.result(), "a timed wait on a set event returned false"));
    }

    @Property("blocked-await-woken-by-set")
    @Test
    void waitersWokenBySetReturnTrueEvenIfTheFlagIsClearedAtOnce() {
        // CPython: EventTests.test_set_and_clear (gh-57711)
        EventSubject event = newEvent();
        List<Boolean> results = newResults();
        try (Bunch bunch = bunch(N, () -> results.add(event.await(LONG_MILLIS, TimeUnit.MILLISECONDS)))) {
            bunch.awaitAllBlocked();
            event.set();
            event.clear();
        }
        assertEquals(Collections.nCopies(N, true), results);
    }

    @Property("non-positive-timeout-polls")
    @Deviation("D1")
    @Test
    void nonPositiveTimeoutPollsTheFlag() throws InterruptedException {
        // As Python's Event.wait(0) and wait(-5): returns the flag, never waits
        EventSubject event = newEvent();
        assertFalse(event.await(0, TimeUnit.MILLISECONDS));
        assertFalse(event.await(-1, TimeUnit.MILLISECONDS));
        assertFalse(event.await(Long.MIN_VALUE, TimeUnit.NANOSECONDS));
        event.set();
        assertTrue(event.await(0, TimeUnit.MILLISECONDS));
        assertTrue(event.await(-1, TimeUnit.MILLISECONDS));
        assertTrue(event.await(Long.MIN_VALUE, TimeUnit.NANOSECONDS));
    }

    @Property("await-returns-while-set")
    @Deviation("D10")
    @Test
    void untimedAwaitReturnsAtOnceWhileTheFlagIsSet() throws InterruptedException {
        // Python's wait() returns True; the untimed await returns normally
        EventSubject event = newEvent();
        event.set();
        worker(() -> {
            event.await();
            event.await();
        }).join(); // a worker that blocked would fail the join
        assertTrue(event.isSet());
    }

    /**
     * The event's javadoc says an interrupted status set on entry to {@code await} throws, with no
     * exception for a set flag; AQS's {@code acquireSharedInterruptibly} and {@code
     * tryAcquireSharedNanos} check the status before the flag, as {@code CountDownLatch.await} does
     * at count zero. So even a set flag throws, and a poll (timeout 0) too.
     */
    @Property("interrupted-await-throws")
    @Deviation("D4")
    @Test
    void awaitThrowsWhenInterruptedOnEntryEvenIfTheFlagIsSet() throws InterruptedException {
        EventSubject event = newEvent();
        worker(() -> {
            for (boolean flag : new boolean[] {false, true}) {
                if (flag) event.set();
                assertInterruptedOnEntry(event::await);
                assertInterruptedOnEntry(() -> event.await(1, TimeUnit.SECONDS));
                assertInterruptedOnEntry(() -> event.await(0, TimeUnit.SECONDS));
                assertEquals(flag, event.isSet(), "an interrupted await changed the flag");
            }
        }).join();
    }

    @Property("interrupted-await-throws")
    @Deviation("D4")
    @Test
    void awaitThrowsWhenInterruptedWhileWaiting() {
        EventSubject event = newEvent();
        assertInterruptedWhileWaiting(event, event::await);
        assertInterruptedWhileWaiting(event, () -> event.await(LONG_MILLIS, TimeUnit.MILLISECONDS));
        assertFalse(event.isSet());
    }

    private void assertInterruptedWhileWaiting(EventSubject event, Executable await) {
        try (Bunch bunch = worker(() -> {
            assertThrows(InterruptedException.class, await);
            assertFalse(Thread.currentThread().isInterrupted(), "interrupted status not cleared");
            assertFalse(event.isSet());
        })) {
            Thread waiter = bunch.threads().get(0);
            Deadlines.awaitBlocked(waiter);
            waiter.interrupt();
        }
    }

    @Property("set-publishes-data")
    @Test
    void writesBeforeSetAreVisibleToAWaiterWokenBySet() {
        // Memory consistency: set() happens-before a returning await (a single-shot check; jcstress
        // covers the memory model). The array element is a plain, non-volatile location.
        EventSubject event = newEvent();
        int[] data = new int[1];
        try (Bunch bunch = worker(() -> {
            assertTrue(event.await(LONG_MILLIS, TimeUnit.MILLISECONDS));
            assertEquals(42, data[0]);
        })) {
            Deadlines.awaitBlocked(bunch.threads().get(0));
            data[0] = 42;
            event.set();
        }
    }
}
