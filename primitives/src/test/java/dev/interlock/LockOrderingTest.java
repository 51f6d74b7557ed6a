package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LockOrderingTest {

    /** A lock that logs its acquisitions and releases. */
    private static final class LoggingLock implements ConditionLock {
        final String name;
        final List<String> log;
        final Lock lock = new Lock();

        LoggingLock(String name, List<String> log) {
            this.name = name;
            this.log = log;
        }

        @Override public void acquire() throws InterruptedException { lock.acquire(); log.add("+" + name); }
        @Override public void acquireUninterruptibly() { lock.acquireUninterruptibly(); log.add("+" + name); }
        @Override public boolean tryAcquire() { return lock.tryAcquire(); }
        @Override public boolean tryAcquire(long t, TimeUnit u) throws InterruptedException { return lock.tryAcquire(t, u); }
        @Override public void release() { lock.release(); log.add("-" + name); }
        @Override public String toString() { return name; }
    }

    @SuppressWarnings("try") // the guard is used only for its close()
    @Test
    void acquiresInGlobalOrderWhateverTheArgumentOrderAndReleasesInReverse() throws InterruptedException {
        List<String> log = new ArrayList<>();
        LoggingLock a = new LoggingLock("a", log), b = new LoggingLock("b", log), c = new LoggingLock("c", log);
        LockOrdering order = LockOrdering.of(a, b, c);
        try (Guard held = order.acquireAll(c, a, b)) {
            assertEquals(List.of("+a", "+b", "+c"), log);
        }
        assertEquals(List.of("+a", "+b", "+c", "-c", "-b", "-a"), log);
    }

    @Test
    void subsetIsTakenInGlobalOrderAndGuardReleasesOnce() throws InterruptedException {
        List<String> log = new ArrayList<>();
        LoggingLock a = new LoggingLock("a", log), b = new LoggingLock("b", log), c = new LoggingLock("c", log);
        Guard held = LockOrdering.of(a, b, c).acquireAll(c, a);
        held.close();
        held.close();
        assertEquals(List.of("+a", "+c", "-c", "-a"), log);
        assertFalse(b.lock.isLocked());
    }

    @Test
    void refusesUnknownDuplicateAndEmpty() {
        Lock a = new Lock(), b = new Lock(), stranger = new Lock();
        LockOrdering order = LockOrdering.of(a, b);
        assertThrows(IllegalArgumentException.class, () -> order.acquireAll(a, stranger));
        assertThrows(IllegalArgumentException.class, () -> order.acquireAll(a, a));
        assertThrows(IllegalArgumentException.class, () -> LockOrdering.of(a, a));
        assertThrows(IllegalArgumentException.class, LockOrdering::of);
        assertThrows(NullPointerException.class, () -> LockOrdering.of(a, null));
        assertFalse(a.isLocked(), "a refused call holds nothing");
    }

    @Test
    void interruptedPartWayHoldsNothing() throws InterruptedException {
        Lock a = new Lock(), b = new Lock();
        LockOrdering order = LockOrdering.of(a, b);
        b.acquire(); // taken by this thread, so acquireAll blocks on b after taking a
        Thread.currentThread().interrupt(); // a's acquire() sees the interrupt first: nothing taken
        assertThrows(InterruptedException.class, () -> order.acquireAll(a, b));
        assertFalse(a.isLocked());
        b.release();
        // Interrupt arriving while blocked on the second lock: a is given back.
        RLock first = new RLock();
        Lock second = new Lock();
        LockOrdering o2 = LockOrdering.of(first, second);
        second.acquire();
        Thread waiter = new Thread(() -> {
            try {
                o2.acquireAll(second, first);
            } catch (InterruptedException expected) {
                return;
            }
            throw new AssertionError("not interrupted");
        });
        waiter.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!first.isLocked() && System.nanoTime() < deadline) Thread.onSpinWait();
        assertTrue(first.isLocked(), "the waiter took the first lock");
        waiter.interrupt();
        waiter.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(waiter.isAlive());
        assertFalse(first.isLocked(), "the first lock was given back");
        second.release();
    }

    @Test
    void toStringListsTheOrder() {
        Lock a = new Lock();
        assertEquals("LockOrdering[Lock[unlocked]]", LockOrdering.of(a).toString());
        assertEquals(List.of(a), LockOrdering.of(a).order());
    }
}
