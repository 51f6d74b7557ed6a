package dev.interlock.variants;

import dev.interlock.subjects.EventSubject;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * <b>Broken on purpose:</b> an event whose {@link #await()} checks the flag, <i>then</i> registers
 * as a waiter and parks (in a loop, until signalled), with no lock around the check and the
 * registration.
 *
 * <p>A {@link #set()} that runs between the check and the registration sets the flag and finds
 * nobody to wake; the waiter then registers and parks forever: a <i>lost wakeup</i>. The correct
 * forms register first and check again (as {@link dev.interlock.Event} does through AQS) or check
 * and wait under one lock. (A single {@code park()} without the loop would not be a faithful demo:
 * {@code park} may return spuriously, and Lincheck explores that, so it "wakes" anyway.)
 *
 * <p>Demonstrated by the general-purpose Lincheck test of the Event contract
 * ({@code blocked-await-woken-by-set}): a hang.
 */
public final class LostWakeupEvent implements EventSubject {

    private static final class Waiter {
        final Thread thread = Thread.currentThread();
        volatile boolean signalled;
    }

    private volatile boolean flag;
    private final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();

    @Override
    public void set() {
        flag = true;
        Waiter w;
        while ((w = waiters.poll()) != null) {
            w.signalled = true;
            LockSupport.unpark(w.thread);
        }
    }

    @Override public void clear() { flag = false; }
    @Override public boolean isSet() { return flag; }

    /** Broken: check, then register, then park. */
    @Override
    public void await() throws InterruptedException {
        if (flag) return;
        Waiter me = new Waiter(); // the window: a set() here wakes nobody
        waiters.add(me);
        while (!me.signalled) {
            if (Thread.interrupted()) throw new InterruptedException();
            LockSupport.park(this);
        }
    }

    /** Polls only (a timeout {@code <= 0}); a positive timeout is not supported by this demo subject. */
    @Override
    public boolean await(long timeout, TimeUnit unit) {
        if (timeout > 0) throw new UnsupportedOperationException("demo subject: only a zero timeout");
        return flag;
    }

    @Override public String toString() { return "LostWakeupEvent[" + (flag ? "set" : "unset") + "]"; }
}
