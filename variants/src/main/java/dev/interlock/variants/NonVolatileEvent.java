package dev.interlock.variants;

import dev.interlock.Condition;
import dev.interlock.Lock;
import java.util.concurrent.TimeUnit;

/**
 * <b>Broken on purpose:</b> an event written as CPython's (a flag and a {@link Condition}), correct
 * in every wait, but whose flag is a plain {@code boolean} that {@link #isSet()} reads without the
 * lock.
 *
 * <p>{@code set()}, {@code clear()} and the waits take the condition's lock, so waiters are woken
 * and see the flag. {@code isSet()} takes no lock and the field is not {@code volatile}: there is no
 * happens-before edge from a {@code set()} in one thread to {@code isSet()} in another, and a
 * JIT-compiled {@code while (!event.isSet()) { }} reads the field once, hoists the read out of the
 * loop and spins forever. A memory-model bug: under sequential consistency (Lincheck) it is
 * invisible. The correct form reads a volatile state ({@link dev.interlock.Event}).
 *
 * <p>Mirrors a literal port of CPython's {@code Event.is_set()} ({@code return self._flag}, no
 * lock: safe in Python, whose attribute reads are never hoisted) to a plain Java field; the same
 * family as {@link NonVolatileStopFlag}.
 *
 * <p>Demonstrated by the jcstress test {@code NonVolatileEvent_01_SpinOnIsSetSeesSet}, paired with
 * {@code Event_04_SpinOnIsSetSeesSet}, through {@link dev.interlock.variants.adapters.NonVolatileEventAdapter}.
 * Lincheck explores interleavings under sequential consistency, where a plain read is as good as a
 * volatile one; the JUnit Event contract never spins on {@code isSet()} in a hot loop (all its tests
 * pass): neither can show this bug.
 */
public final class NonVolatileEvent {
    private final Condition cond = new Condition(new Lock());
    private boolean flag; // broken: not volatile, and isSet() reads it without the lock

    /** Broken: a plain read, without the lock, that the JIT may hoist out of a loop. */
    public boolean isSet() {
        return flag;
    }

    /** Sets the flag and wakes every waiter (under the lock). */
    public void set() {
        cond.acquireUninterruptibly();
        try {
            flag = true;
            cond.signalAll();
        } finally {
            cond.release();
        }
    }

    /** Clears the flag (under the lock). */
    public void clear() {
        cond.acquireUninterruptibly();
        try {
            flag = false;
        } finally {
            cond.release();
        }
    }

    /** Waits until the flag is set (CPython's {@code wait()}); interruptible (status set on entry: refused). */
    public void await() throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        cond.acquire();
        try {
            if (!flag) cond.await();
        } finally {
            cond.release();
        }
    }

    /** Waits at most the timeout; true if set on entry or woken by a set. A timeout {@code <= 0} polls. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        cond.acquire();
        try {
            return flag || cond.await(timeout, unit);
        } finally {
            cond.release();
        }
    }

    @Override
    public String toString() {
        return "NonVolatileEvent[" + (flag ? "set" : "unset") + "]";
    }
}
