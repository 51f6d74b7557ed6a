package dev.interlock.variants;

import dev.interlock.subjects.MutexSubject;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * <b>Broken on purpose:</b> a lock whose {@link #release()} frees the lock but forgets to wake a
 * waiting thread. Mutual exclusion holds (a compare-and-set); liveness does not: a thread that
 * found the lock held registers, parks until signalled, and is never signalled.
 *
 * <p>The correct form wakes the first waiter on release ({@link dev.interlock.Lock}, through AQS).
 *
 * <p>Demonstrated by the general-purpose Lincheck test of the mutex wake-up contract
 * ({@code blocked-acquire-woken-by-release}): a hang.
 */
public final class NoWakeLock implements MutexSubject {

    private static final class Waiter {
        final Thread thread = Thread.currentThread();
        volatile boolean signalled;
    }

    private final AtomicBoolean locked = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();

    @Override
    public void acquire() throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        acquireUninterruptibly();
    }

    @Override
    public void acquireUninterruptibly() {
        while (!locked.compareAndSet(false, true)) {
            Waiter me = new Waiter();
            waiters.add(me);
            if (locked.compareAndSet(false, true)) { // freed meanwhile: take it
                waiters.remove(me);
                return;
            }
            while (!me.signalled) LockSupport.park(this); // nobody ever signals
        }
    }

    @Override public boolean tryAcquire() { return locked.compareAndSet(false, true); }

    /** Polls only (a timeout {@code <= 0}); a positive timeout is not supported by this demo subject. */
    @Override
    public boolean tryAcquire(long timeout, TimeUnit unit) {
        if (timeout > 0) throw new UnsupportedOperationException("demo subject: only a zero timeout");
        return tryAcquire();
    }

    /** Broken: frees the lock, wakes nobody. */
    @Override
    public void release() {
        if (!locked.compareAndSet(true, false)) throw new IllegalMonitorStateException("release unlocked lock");
    }

    @Override public boolean isLocked() { return locked.get(); }
    @Override public String toString() { return "NoWakeLock[" + (locked.get() ? "locked" : "unlocked") + "]"; }
}
