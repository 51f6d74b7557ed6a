package dev.interlock.variants;

import dev.interlock.Condition;
import dev.interlock.Lock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The correct, blocking half of the fast-path variants ({@link CheckThenActLock}, {@link
 * RacySemaphore}): a thread whose attempt failed waits on a {@link Condition} until an attempt made
 * under the condition's lock succeeds; a thread that changed the state so that others may pass
 * calls {@link #wake(int)}, which takes the lock and signals only when someone waits.
 *
 * <p>No wakeup is lost: a waiter announces itself ({@code waiting++}, volatile) before its attempt,
 * and a changer makes its change (a volatile write or CAS) before it reads {@code waiting}; so
 * either the attempt sees the change or the changer sees the waiter, and then signals under the lock
 * that the waiter holds until it waits. The only bug left is the one in the variant's attempt.
 */
final class SlowPath {
    private final Condition cond = new Condition(new Lock());
    private volatile int waiting; // threads inside await; written only under the lock

    /**
     * Retries {@code attempt} under the lock until it succeeds, waiting for a signal between tries.
     *
     * @param nanos         how long to wait at most, or a negative value to wait without limit
     * @param interruptible whether an interrupt ends the wait with {@link InterruptedException};
     *                      if not, the interrupt is kept as the thread's status
     * @return whether {@code attempt} succeeded before the time ran out
     */
    boolean await(BooleanSupplier attempt, long nanos, boolean interruptible) throws InterruptedException {
        boolean timed = nanos >= 0;
        long deadline = System.nanoTime() + nanos;
        boolean interrupted = false;
        cond.acquireUninterruptibly();
        waiting = waiting + 1;
        try {
            while (!attempt.getAsBoolean()) {
                long remaining = deadline - System.nanoTime();
                if (timed && remaining <= 0) return false;
                try {
                    if (timed) cond.await(remaining, TimeUnit.NANOSECONDS);
                    else cond.await();
                } catch (InterruptedException e) {
                    if (interruptible) {
                        cond.signal(); // a signal this thread may have taken goes to the next waiter
                        throw e;
                    }
                    interrupted = true;
                }
            }
            return true;
        } finally {
            waiting = waiting - 1;
            cond.release();
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** As {@link #await} without limit and without interruption. */
    void awaitUninterruptibly(BooleanSupplier attempt) {
        try {
            await(attempt, -1L, false);
        } catch (InterruptedException impossible) {
            throw new AssertionError(impossible);
        }
    }

    /** Called after a change that may let waiters through: wakes up to {@code n} of them, if any wait. */
    void wake(int n) {
        if (waiting == 0) return;
        cond.acquireUninterruptibly();
        try {
            cond.signal(n);
        } finally {
            cond.release();
        }
    }
}
