package dev.interlock.variants;

import dev.interlock.ConditionLock;
import dev.interlock.RLock;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * <b>Broken on purpose:</b> CPython 3.9–3.13's {@code Condition}, ported line by line: each waiter
 * has a private lock, allocated held; {@code notify} releases the lock of the waiter at the head of
 * the queue and counts it; a waiter whose timed wait expires removes itself from the queue only
 * after it has re-acquired the condition's lock.
 *
 * <p>Between its timeout and that removal the waiter is still at the head of the queue. A {@code
 * notify(1)} made then (the notifier holds the lock the waiter is waiting for) releases the dead
 * waiter's private lock, which succeeds, counts it, and wakes nobody; the waiter returns {@code
 * false}, and the next waiter, which should have had the signal, waits on. The signal is lost.
 * The correct form decides each waiter's fate once, by a compare-and-set: signalled or timed out,
 * and a signal that meets a timed-out waiter passes to the next one ({@link dev.interlock.Condition},
 * deviation D9).
 *
 * <p>Mirrors CPython's own bug (python-threading.md section 3.1: reproduced on 3.9.18, 3.10.13,
 * 3.11.7, 3.12.1 and 3.13.0; {@code wait_for} and the primitives built on it re-check their
 * predicate and are not affected, direct users of {@code notify(n)} with timeouts are).
 *
 * <p>Needs a timeout to expire: Lincheck does not model time, so only the repeated-race JUnit test
 * {@code aSignalThatMeetsAnExpiringTimeoutIsNeverLost} of the Condition contract catches it (binding
 * {@code TimeoutLosesSignalConditionConformanceTest}, through {@link
 * dev.interlock.variants.adapters.TimeoutLosesSignalConditionAdapter}). An interrupt while waiting
 * loses a signal in the same way.
 */
public final class TimeoutLosesSignalCondition {

    /** CPython's per-waiter lock: held from the start; the notifier releases it, the waiter waits for that. */
    private static final class Waiter {
        final Thread thread = Thread.currentThread();
        final AtomicBoolean released = new AtomicBoolean();

        /** {@code waiter.release()}: false if it was released already (gh-92530: then not counted). */
        boolean release() {
            if (!released.compareAndSet(false, true)) return false;
            LockSupport.unpark(thread);
            return true;
        }
    }

    private final ConditionLock lock;
    private final ConcurrentLinkedDeque<Waiter> waiters = new ConcurrentLinkedDeque<>();

    /** A condition over a new {@link RLock} ({@code Condition()}). */
    public TimeoutLosesSignalCondition() {
        this(new RLock());
    }

    /** A condition over {@code lock} ({@code Condition(lock)}). */
    public TimeoutLosesSignalCondition(ConditionLock lock) {
        this.lock = Objects.requireNonNull(lock, "lock");
    }

    public void acquire() throws InterruptedException { lock.acquire(); }
    public boolean tryAcquire() { return lock.tryAcquire(); }
    public void release() { lock.release(); }

    /** {@code wait()}. */
    public void await() throws InterruptedException {
        awaitNanos(false, 0L);
    }

    /** {@code wait(timeout)}: true if notified; a timeout {@code <= 0} polls. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return awaitNanos(true, unit.toNanos(timeout));
    }

    /** {@code wait_for(predicate)}. */
    public boolean awaitFor(BooleanSupplier predicate) throws InterruptedException {
        boolean result = predicate.getAsBoolean();
        while (!result) {
            await();
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /** {@code wait_for(predicate, timeout)}: CPython's loop, one deadline for all the waits. */
    public boolean awaitFor(BooleanSupplier predicate, long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = Math.max(0L, unit.toNanos(timeout)); // as wait(t <= 0): a poll (and no overflow below)
        long deadline = System.nanoTime() + nanos;
        boolean first = true;
        boolean result = predicate.getAsBoolean();
        while (!result) {
            long wait = first ? nanos : deadline - System.nanoTime();
            if (!first && wait <= 0) break;
            first = false;
            awaitNanos(true, wait);
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /** {@code notify()}. */
    public void signal() {
        signal(1);
    }

    /** Broken ({@code notify(n)}): releases the head waiters' locks and counts them, whether or not they still wait. */
    public void signal(int n) {
        if (!lock.isOwned()) throw new IllegalMonitorStateException("cannot notify on un-acquired lock");
        Waiter waiter;
        while (n > 0 && (waiter = waiters.peekFirst()) != null) {
            if (waiter.release()) n--; // counted even if the waiter has already timed out
            waiters.removeFirstOccurrence(waiter);
        }
    }

    /** {@code notify_all()}. */
    public void signalAll() {
        signal(Integer.MAX_VALUE);
    }

    /** CPython's {@code wait}: enqueue, release the lock, wait for the private lock, re-acquire, then dequeue. */
    private boolean awaitNanos(boolean timed, long nanos) throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        if (!lock.isOwned()) throw new IllegalMonitorStateException("cannot wait on un-acquired lock");
        Waiter waiter = new Waiter();
        waiters.addLast(waiter);
        int saved = lock.releaseSave();
        long deadline = System.nanoTime() + Math.max(0L, nanos);
        boolean gotit = false;
        boolean interrupted = false;
        try {
            while (!(gotit = waiter.released.get())) {
                if (Thread.interrupted()) {
                    interrupted = true;
                    break;
                }
                long remaining = deadline - System.nanoTime();
                if (timed && remaining <= 0) break; // timed out: still at the head of the queue
                if (timed) LockSupport.parkNanos(this, remaining);
                else LockSupport.park(this);
            }
        } finally {
            lock.acquireRestore(saved);
            if (!gotit) waiters.remove(waiter); // too late: a notify may have counted this waiter meanwhile
        }
        if (interrupted) throw new InterruptedException();
        return gotit;
    }

    @Override
    public String toString() {
        return "TimeoutLosesSignalCondition[" + lock + ", waiters=" + waiters.size() + "]";
    }
}
