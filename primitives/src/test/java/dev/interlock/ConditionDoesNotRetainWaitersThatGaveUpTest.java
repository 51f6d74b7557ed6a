package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A waiter that timed out leaves the condition's queue by itself: the condition does not keep it,
 * nor its thread, until some later signal happens to sweep it out. Without that, a loop of timed
 * waits that are never signalled would grow the queue without bound. Observed the only way the
 * public API allows: the thread of a timed-out waiter becomes unreachable once it has ended.
 */
class ConditionDoesNotRetainWaitersThatGaveUpTest {

    /** Full collections to allow: a weakly reachable object is cleared by the first one. */
    private static final int COLLECTIONS = 10;

    @Test
    void aWaiterThatTimedOutIsNotRetainedAfterItsThreadEnds() throws InterruptedException {
        Condition cond = new Condition(new Lock());
        AtomicReference<Object> outcome = new AtomicReference<>();
        WeakReference<Thread> thread = waitOnceInAThreadThatEnds(cond, outcome);
        assertEquals(Boolean.FALSE, outcome.get(), "the timed wait returned");
        assertEquals(0, cond.getWaitQueueLength());
        for (int i = 0; i < COLLECTIONS && thread.get() != null; i++) System.gc();
        assertNull(thread.get(), "the condition still references the timed-out waiter's thread");
    }

    /** Runs one short timed wait in a new thread, joins it, and keeps only a weak reference to it. */
    private static WeakReference<Thread> waitOnceInAThreadThatEnds(Condition cond, AtomicReference<Object> outcome)
            throws InterruptedException {
        Thread thread = new Thread(() -> {
            try {
                cond.acquire();
                try {
                    outcome.set(cond.await(1, TimeUnit.MILLISECONDS)); // nobody signals: times out
                } finally {
                    cond.release();
                }
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "interlock-timed-waiter");
        thread.setDaemon(true);
        thread.start();
        TimeUnit.NANOSECONDS.timedJoin(thread, TestThread.DEADLINE_NANOS);
        assertFalse(thread.isAlive(), "the waiter did not end");
        return new WeakReference<>(thread);
    }
}
