package dev.interlock.examples;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fair lock with no owner, built on two counters: each acquiring thread takes the next ticket
 * and waits until the lock is serving its ticket, so threads get the lock in the order they
 * asked for it. Python's {@code threading.Lock} semantics otherwise: any thread may release a
 * held lock, releasing a free lock throws, and a holder that acquires again waits.
 *
 * <p>A waiting thread first spins ({@link Thread#onSpinWait()}) for a short while, which is the
 * cheap case when the holder is about to release, then parks until the releasing thread unparks
 * it. A timed or interrupted wait gives its ticket up: the release that reaches a given-up ticket
 * passes the lock straight on to the next one.
 *
 * <p><b>Interruption.</b> If the current thread has its interrupted status set on entry to an
 * interruptible method, or is interrupted while waiting, {@link InterruptedException} is thrown
 * and the current thread's interrupted status is cleared; the lock is not acquired.
 * {@link #acquireUninterruptibly()} goes on waiting and returns with the interrupted status set.
 *
 * <p><b>Memory consistency effects:</b> actions in a thread prior to {@link #release()}
 * <i>happen-before</i> actions following a subsequent successful acquire of the same lock in
 * another thread (the release writes {@code serving}, the acquire reads it; both are volatile).
 *
 * <p>This class is an example of a user's primitive verified by Interlock's contracts; see
 * {@code examples/README.md}.
 */
public final class TicketLock {

    /** How often a waiter checks its turn before it parks: about a microsecond of spinning. */
    private static final int SPINS = 100;

    /** What a waiter that gave up leaves in {@link #waiters} under its ticket. */
    private static final Object GAVE_UP = new Object();

    // Invariant: serving <= next (modulo 2^32); the lock is free exactly when serving == next,
    // and then ticket `serving` is the next one to be handed out. Ticket `serving` holds the lock
    // otherwise (or has given up, and the release that made it current is passing the lock on).
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger serving = new AtomicInteger();

    /** A parked waiter's thread, or {@link #GAVE_UP}, by ticket; absent while a waiter spins. */
    private final ConcurrentHashMap<Integer, Object> waiters = new ConcurrentHashMap<>();

    /** Creates an unlocked lock. */
    public TicketLock() {
    }

    /**
     * Acquires the lock, waiting for its turn. If the lock is handed to this thread at the
     * moment it is interrupted, the acquire succeeds and the interrupted status stays set (as
     * {@code ReentrantLock.lockInterruptibly()} does).
     *
     * @throws InterruptedException if the current thread is interrupted
     */
    public void acquire() throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        awaitTurn(next.getAndIncrement(), true, false, 0L);
    }

    /**
     * Acquires the lock, waiting for its turn. If the current thread is interrupted while waiting
     * it goes on waiting; its interrupted status is set when this method returns.
     */
    public void acquireUninterruptibly() {
        try {
            awaitTurn(next.getAndIncrement(), false, false, 0L);
        } catch (InterruptedException impossible) {
            throw new AssertionError("an uninterruptible wait threw", impossible);
        }
    }

    /**
     * Acquires the lock only if it is free at the time of the call (Python's {@code
     * acquire(False)}). Takes no ticket when the lock is held, so it never waits.
     *
     * @return {@code true} if the lock was acquired
     */
    public boolean tryAcquire() {
        int current = serving.get();
        // Free means next == serving; taking ticket `current` then makes it the one served.
        return next.compareAndSet(current, current + 1);
    }

    /**
     * Acquires the lock if its turn comes within the given waiting time. A timeout {@code <= 0}
     * polls, as {@link #tryAcquire()}.
     *
     * @return {@code true} if the lock was acquired, {@code false} if the waiting time elapsed
     * @throws InterruptedException if the current thread is interrupted
     * @throws NullPointerException if {@code unit} is null
     */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) throw new InterruptedException();
        if (nanos <= 0) return tryAcquire();
        int ticket = next.getAndIncrement();
        return awaitTurn(ticket, true, true, System.nanoTime() + nanos);
    }

    /**
     * Releases the lock: the next ticket in line, if any, gets it. Any thread may release a held
     * lock.
     *
     * @throws IllegalMonitorStateException ({@code "release unlocked lock"}) if the lock is not held
     */
    public void release() {
        while (true) {
            int current = serving.get();
            if (next.get() == current) throw new IllegalMonitorStateException("release unlocked lock");
            // A CAS, not an increment: of two racing releases of a lock held once, one must fail.
            if (serving.compareAndSet(current, current + 1)) {
                handOver(current + 1);
                return;
            }
        }
    }

    /** Whether any thread holds the lock (Python's {@code locked()}); a snapshot. */
    public boolean isLocked() {
        while (true) {
            int current = serving.get();
            int taken = next.get();
            if (serving.get() == current) return taken != current; // both read while serving was `current`
        }
    }

    @Override
    public String toString() {
        return isLocked() ? "TicketLock[locked]" : "TicketLock[unlocked]";
    }

    /**
     * Makes {@code ticket} the holder: passes the lock on past tickets whose waiters gave up, then
     * wakes the waiter of the first live ticket if it is parked.
     */
    private void handOver(int ticket) {
        while (waiters.remove(ticket, GAVE_UP)) {
            // That waiter has left; the lock is ours to pass on. A failed CAS means another
            // thread released it meanwhile (a release by a non-holder) and passes it on itself.
            if (!serving.compareAndSet(ticket, ticket + 1)) return;
            ticket++;
        }
        if (waiters.get(ticket) instanceof Thread waiter) LockSupport.unpark(waiter);
    }

    /**
     * Waits until {@code ticket} is served, spinning first, then parked; until {@code deadline}
     * ({@link System#nanoTime()}) if {@code timed}. Not interruptible, it waits on and keeps any
     * interrupt for the caller. On a timeout or an interrupt it gives the ticket up; if the lock was handed
     * over at that very moment it keeps it (and, interrupted, restores the interrupted status).
     *
     * @return true when the lock is held, false when the deadline passed
     */
    private boolean awaitTurn(int ticket, boolean interruptible, boolean timed, long deadline) throws InterruptedException {
        int spins = SPINS;
        boolean parked = false;
        boolean interrupted = false;
        try {
            while (!served(ticket)) {
                if (Thread.interrupted()) {
                    if (!interruptible) {
                        interrupted = true; // remember it, and wait on
                    } else if (giveUp(ticket)) {
                        interrupted = true; // the lock came with the interrupt: keep both
                        return true;
                    } else {
                        throw new InterruptedException();
                    }
                }
                long left = timed ? deadline - System.nanoTime() : Long.MAX_VALUE;
                if (left <= 0) return giveUp(ticket);
                if (spins > 0) {
                    spins--;
                    Thread.onSpinWait();
                } else if (!parked) {
                    parked = true;
                    waiters.put(ticket, Thread.currentThread()); // then look at serving again before parking
                } else if (!timed) {
                    LockSupport.park(this);
                } else {
                    LockSupport.parkNanos(this, left);
                }
            }
            return true;
        } finally {
            if (parked) waiters.remove(ticket, Thread.currentThread());
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether the lock has reached {@code ticket}: it is being served, or already passed (a
     * thread that did not acquire may release a held lock, even one that was just handed over).
     * Modular: correct while fewer than 2^31 tickets are outstanding.
     */
    private boolean served(int ticket) {
        return serving.get() - ticket >= 0;
    }

    /**
     * Gives {@code ticket} up. Marks it first, then looks at {@code serving}: a release that
     * makes the ticket current later will see the mark and pass the lock on. If the ticket is
     * already current, exactly one of this thread and the releasing thread removes the mark.
     *
     * @return true if the lock was handed to this ticket after all and is now held by the caller
     */
    private boolean giveUp(int ticket) {
        waiters.put(ticket, GAVE_UP);
        if (!served(ticket)) return false;
        return waiters.remove(ticket, GAVE_UP);
    }
}
