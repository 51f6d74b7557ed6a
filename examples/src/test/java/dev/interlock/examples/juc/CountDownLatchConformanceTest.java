package dev.interlock.examples.juc;

import dev.interlock.conformance.support.Property;
import dev.interlock.conformance.support.Deviation;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.conformance.EventContract;
import dev.interlock.conformance.support.Bunch;
import dev.interlock.subjects.EventSubject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code CountDownLatch(1)} against Python's {@code Event} contract: an event that can be set once
 * and never cleared, so the tests that clear it fail.
 */
class CountDownLatchConformanceTest extends EventContract {
    @Override protected EventSubject newEvent() { return new CountDownLatchSubject(); }

    @Property("event-flag")
    @Deviation("D25")
    @Test
    void aLatchOnceSetStaysSetForGood() throws InterruptedException {
        EventSubject latch = newEvent();
        latch.set();
        latch.set(); // a count already at 0 stays at 0
        assertThrows(UnsupportedOperationException.class, latch::clear);
        assertTrue(latch.isSet());
        assertTrue(latch.await(0, TimeUnit.SECONDS));
        latch.await();
    }

    // The woken-waiter tests clear the event right after set(): they fail on D25 alone.
    @Property("blocked-await-woken-by-set")
    @Deviation("D25")
    @Test
    void aLatchThatWokeItsWaitersCannotBeCleared() throws InterruptedException {
        EventSubject latch = newEvent();
        try (Bunch waiter = worker(latch::await)) {
            waiter.awaitAllBlocked();
            latch.set();
            waiter.join();
        }
        assertThrows(UnsupportedOperationException.class, latch::clear);
        assertTrue(latch.isSet());
    }
}
