package dev.interlock.variants;

import dev.interlock.Lock;
import dev.interlock.subjects.ConditionSubject;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * <b>Broken on purpose:</b> a condition variable (over a {@link Lock}) whose {@link #await()}
 * releases the lock <i>before</i> it registers as a waiter.
 *
 * <p>A signaller that takes the lock in that window changes the state, signals, finds no waiter
 * and leaves; the waiter then registers and parks (in a loop, until signalled) forever: the signal
 * is lost. The correct order — register while holding the lock, then release — is {@link
 * dev.interlock.Condition}'s (and CPython's). Ownership is not checked (the lock is ownerless);
 * timed waits accept only a zero timeout.
 *
 * <p>Demonstrated by the general-purpose Lincheck tests of the Condition contract
 * ({@code producer-consumer-sees-every-item}, {@code signal-not-lost}): a hang.
 */
public final class LostWakeupCondition implements ConditionSubject {

    private static final class Waiter {
        final Thread thread = Thread.currentThread();
        volatile boolean signalled;
    }

    private final Lock lock = new Lock();
    private final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();

    @Override public void acquire() throws InterruptedException { lock.acquire(); }
    @Override public boolean tryAcquire() { return lock.tryAcquire(); }
    @Override public void release() { lock.release(); }

    /** Broken: release, then register, then park. */
    @Override
    public void await() {
        Waiter me = new Waiter();
        lock.release();
        waiters.add(me); // too late: a signal between the release and here is lost
        while (!me.signalled) LockSupport.park(this);
        lock.acquireUninterruptibly();
    }

    /** Only a zero timeout (a poll: false, nothing waited for). */
    @Override
    public boolean await(long timeout, TimeUnit unit) {
        if (timeout > 0) throw new UnsupportedOperationException("demo subject: only a zero timeout");
        return false;
    }

    @Override
    public boolean awaitFor(BooleanSupplier predicate) {
        boolean result = predicate.getAsBoolean();
        while (!result) {
            await();
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /** Only a zero timeout (a poll of the predicate). */
    @Override
    public boolean awaitFor(BooleanSupplier predicate, long timeout, TimeUnit unit) {
        if (timeout > 0) throw new UnsupportedOperationException("demo subject: only a zero timeout");
        return predicate.getAsBoolean();
    }

    @Override public void signal() { signal(1); }

    @Override
    public void signal(int n) {
        Waiter w;
        while (n > 0 && (w = waiters.poll()) != null) {
            w.signalled = true;
            LockSupport.unpark(w.thread);
            n--;
        }
    }

    @Override public void signalAll() { signal(Integer.MAX_VALUE); }
    @Override public String toString() { return "LostWakeupCondition[" + lock + "]"; }
}
