package dev.interlock.examples.juc;

import dev.interlock.subjects.EventSubject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CountDownLatch} of count 1 as an {@link EventSubject} (Python's {@code Event}): {@code
 * set()} counts down, {@code isSet()} is "count 0". A latch cannot be reset, so {@link #clear()}
 * throws {@link UnsupportedOperationException}: swapping in a fresh latch would make this adapter
 * an event of its own, no longer the latch under test (deviation D25 of docs/semantics.md).
 */
public record CountDownLatchSubject(CountDownLatch latch) implements EventSubject {
    public CountDownLatchSubject() { this(new CountDownLatch(1)); }
    @Override public void set() { latch.countDown(); }
    @Override public void clear() { throw new UnsupportedOperationException("a CountDownLatch cannot be reset"); }
    @Override public boolean isSet() { return latch.getCount() == 0; }
    @Override public void await() throws InterruptedException { latch.await(); }
    @Override public boolean await(long timeout, TimeUnit unit) throws InterruptedException { return latch.await(timeout, unit); }
    @Override public String toString() { return latch.toString(); }
}
