package dev.interlock;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A condition variable over a lock: Python's {@code threading.Condition}.
 *
 * <p>A condition is layered over a {@link ConditionLock}, as CPython layers it: {@link
 * #await()} releases the lock completely with {@link ConditionLock#releaseSave()} (an {@link
 * RLock} held recursively is fully released), waits for a signal, and re-acquires the lock with
 * {@link ConditionLock#acquireRestore(int)} (restoring the exact hold count) before it returns,
 * whether it was signalled, timed out or interrupted. Waiters are queued in FIFO order and each
 * signal wakes the longest-waiting ones; woken threads then compete to re-acquire the lock.
 *
 * <p><b>Python mapping.</b> {@code wait()} is {@link #await()}; {@code wait(timeout)} is {@link
 * #await(long, TimeUnit)}; {@code wait_for(predicate[, timeout])} is {@link
 * #awaitFor(BooleanSupplier)} and {@link #awaitFor(BooleanSupplier, long, TimeUnit)}; {@code
 * notify()} is {@link #signal()}; {@code notify(n)} is {@link #signal(int)}; {@code notify_all()}
 * is {@link #signalAll()}; {@code acquire}/{@code release} and {@code with cond:} delegate to the
 * lock. ({@code wait}, {@code notify} and {@code notifyAll} are final methods of {@code Object}.)
 *
 * <p><b>Ownership.</b> Waiting and signalling require that the lock be {@linkplain
 * ConditionLock#isOwned() owned}. Over an {@link RLock} that means held by the current thread.
 * Over the ownerless {@link Lock} it can only mean held by <em>some</em> thread: as in CPython,
 * a thread that does not hold a plain {@code Lock} may then wait (releasing, and later
 * re-acquiring, a lock another thread took) or signal. Use an {@code RLock} (the default) unless
 * you need the ownerless lock's semantics.
 *
 * <p><b>No spurious wakeups, no lost signals.</b> A waiter returns {@code true} only if a signal
 * chose it, and {@code false} only if its time ran out before any signal chose it. When a signal
 * reaches a waiter whose timeout is expiring at that moment, exactly one of the two wins: either
 * the waiter takes the signal and returns {@code true}, or it returns {@code false} and the
 * signal passes to the next waiter. (CPython can lose that signal; see docs/semantics.md.)
 *
 * <p><b>Interruption.</b> If the current thread has its interrupted status set on entry to
 * {@code await}, or to {@code awaitFor} when the predicate is false, {@link InterruptedException}
 * is thrown at once, with the lock still held. ({@code awaitFor} evaluates the predicate first and
 * returns at once if it is true, as CPython's {@code wait_for} does; the status is then left set.)
 * If it is interrupted while waiting, it re-acquires the lock, then throws {@code
 * InterruptedException} with its interrupted status cleared, and consumes no signal. If a
 * signal chose the waiter before the interrupt arrived, it returns normally (having consumed the
 * signal) with its interrupted status set.
 *
 * <p><b>Memory consistency effects:</b> those of the lock: actions prior to a release of the lock
 * (including the one inside {@code await}) <i>happen-before</i> actions following the
 * acquisition that follows it in another thread (including the one that ends {@code await}).
 */
public final class Condition {

    /** One waiting thread. Its fate is decided once, by a CAS: signalled or cancelled. */
    private static final class Waiter {
        static final int WAITING = 0;
        static final int SIGNALLED = 1;
        static final int CANCELLED = 2;

        final Thread thread = Thread.currentThread();
        final AtomicInteger state = new AtomicInteger(WAITING);

        /** Called by a signaller; false if the waiter had already given up. */
        boolean signal() {
            if (!state.compareAndSet(WAITING, SIGNALLED)) return false;
            LockSupport.unpark(thread);
            return true;
        }

        /** Called by the waiter itself; false if a signal got there first. */
        boolean cancel() {
            return state.compareAndSet(WAITING, CANCELLED);
        }

        boolean isWaiting() {
            return state.get() == WAITING;
        }
    }

    private final ConditionLock lock;
    /** FIFO. Concurrent, so that a misused ownerless lock cannot corrupt it. */
    private final ConcurrentLinkedDeque<Waiter> waiters = new ConcurrentLinkedDeque<>();

    /** Creates a condition over a new {@link RLock} ({@code Condition()}). */
    public Condition() {
        this(new RLock());
    }

    /**
     * Creates a condition over the given lock ({@code Condition(lock)}).
     *
     * @throws NullPointerException if {@code lock} is null
     */
    public Condition(ConditionLock lock) {
        this.lock = Objects.requireNonNull(lock, "lock");
    }

    /** The lock this condition is over. */
    public ConditionLock lock() {
        return lock;
    }

    /** Acquires the lock ({@code acquire()}); see {@link ConditionLock#acquire()}. */
    public void acquire() throws InterruptedException {
        lock.acquire();
    }

    /** Acquires the lock uninterruptibly; see {@link ConditionLock#acquireUninterruptibly()}. */
    public void acquireUninterruptibly() {
        lock.acquireUninterruptibly();
    }

    /** Acquires the lock if it is free ({@code acquire(False)}); see {@link ConditionLock#tryAcquire()}. */
    public boolean tryAcquire() {
        return lock.tryAcquire();
    }

    /** Acquires the lock within a timeout ({@code acquire(timeout=t)}); a timeout {@code <= 0} polls. */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return lock.tryAcquire(timeout, unit);
    }

    /** As {@link #tryAcquire(long, TimeUnit)}, with the timeout as a {@link Duration}. */
    public boolean tryAcquire(Duration timeout) throws InterruptedException {
        return tryAcquire(Timeouts.nanos(timeout), TimeUnit.NANOSECONDS);
    }

    /** Releases the lock ({@code release()}); see {@link ConditionLock#release()}. */
    public void release() {
        lock.release();
    }

    /**
     * Acquires the lock as {@link #acquire()} and returns a guard that releases it once when
     * closed ({@code with cond:}).
     */
    public Guard guard() throws InterruptedException {
        acquire();
        return Guard.of(this::release);
    }

    /**
     * Releases the lock, waits until signalled, and re-acquires the lock ({@code wait()}).
     *
     * @throws IllegalMonitorStateException ({@code "cannot wait on un-acquired lock"}) if the
     *     lock is not owned
     * @throws InterruptedException if the current thread is interrupted (see the class comment)
     */
    public void await() throws InterruptedException {
        awaitNanos(false, 0L);
    }

    /**
     * Releases the lock, waits until signalled or until the waiting time elapses, and re-acquires
     * the lock ({@code wait(timeout)}). A timeout {@code <= 0} polls: the lock is still released
     * and re-acquired, and the result says whether a signal arrived in between.
     *
     * @return {@code true} if a signal woke this thread, {@code false} if the waiting time elapsed
     * @throws IllegalMonitorStateException ({@code "cannot wait on un-acquired lock"}) if the
     *     lock is not owned
     * @throws InterruptedException if the current thread is interrupted (see the class comment)
     * @throws NullPointerException if {@code unit} is null
     */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return awaitNanos(true, unit.toNanos(timeout));
    }

    /** As {@link #await(long, TimeUnit)}, with the timeout as a {@link Duration}. */
    public boolean await(Duration timeout) throws InterruptedException {
        return await(Timeouts.nanos(timeout), TimeUnit.NANOSECONDS);
    }

    /**
     * Waits until {@code predicate} is true ({@code wait_for(predicate)}). The predicate is
     * evaluated first; if it is already true this returns at once, without checking that the lock
     * is owned (as CPython does). Otherwise it waits and re-evaluates the predicate, with the lock
     * held, after every wakeup.
     *
     * @return the predicate's last value, here always {@code true}
     * @throws IllegalMonitorStateException ({@code "cannot wait on un-acquired lock"}) if the
     *     predicate is false and the lock is not owned
     * @throws InterruptedException if the current thread is interrupted while waiting
     * @throws NullPointerException if {@code predicate} is null
     */
    public boolean awaitFor(BooleanSupplier predicate) throws InterruptedException {
        boolean result = predicate.getAsBoolean();
        while (!result) {
            await();
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /**
     * Waits until {@code predicate} is true or the waiting time elapses ({@code
     * wait_for(predicate, timeout)}). The predicate is evaluated first, and returned at once if
     * true. The deadline is set at the first wait; a timeout {@code <= 0} waits once with a poll
     * and re-evaluates the predicate.
     *
     * @return the predicate's last value: {@code false} only if the waiting time elapsed
     * @throws IllegalMonitorStateException ({@code "cannot wait on un-acquired lock"}) if the
     *     predicate is false and the lock is not owned
     * @throws InterruptedException if the current thread is interrupted while waiting
     * @throws NullPointerException if {@code predicate} or {@code unit} is null
     */
    public boolean awaitFor(BooleanSupplier predicate, long timeout, TimeUnit unit) throws InterruptedException {
        long remaining = Math.max(0L, unit.toNanos(timeout)); // now + Long.MIN_VALUE would wrap to the far future
        boolean result = predicate.getAsBoolean();
        long deadline = 0L;
        boolean waited = false;
        while (!result) {
            if (!waited) {
                deadline = System.nanoTime() + remaining;
                waited = true;
            } else {
                remaining = deadline - System.nanoTime();
                if (remaining <= 0L) break;
            }
            await(remaining, TimeUnit.NANOSECONDS);
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /** As {@link #awaitFor(BooleanSupplier, long, TimeUnit)}, with the timeout as a {@link Duration}. */
    public boolean awaitFor(BooleanSupplier predicate, Duration timeout) throws InterruptedException {
        return awaitFor(predicate, Timeouts.nanos(timeout), TimeUnit.NANOSECONDS);
    }

    /**
     * Wakes the longest-waiting thread, if any ({@code notify()}).
     *
     * @throws IllegalMonitorStateException ({@code "cannot notify on un-acquired lock"}) if the
     *     lock is not owned
     */
    public void signal() {
        signal(1);
    }

    /**
     * Wakes up to {@code n} of the longest-waiting threads ({@code notify(n)}); {@code n <= 0}
     * wakes none. Waiters that gave up (timed out or were interrupted) are skipped and not counted.
     *
     * @throws IllegalMonitorStateException ({@code "cannot notify on un-acquired lock"}) if the
     *     lock is not owned
     */
    public void signal(int n) {
        if (!lock.isOwned()) throw new IllegalMonitorStateException("cannot notify on un-acquired lock");
        wake(n);
    }

    /**
     * Wakes every waiting thread ({@code notify_all()}).
     *
     * @throws IllegalMonitorStateException ({@code "cannot notify on un-acquired lock"}) if the
     *     lock is not owned
     */
    public void signalAll() {
        signal(Integer.MAX_VALUE);
    }

    /** The number of threads waiting for a signal. A snapshot, for monitoring and tests. */
    public int getWaitQueueLength() {
        int n = 0;
        for (Waiter waiter : waiters) if (waiter.isWaiting()) n++;
        return n;
    }

    /** Returns {@code "Condition[<lock>, waiters=<n>]"}, as Python's repr. */
    @Override
    public String toString() {
        return "Condition[" + lock + ", waiters=" + getWaitQueueLength() + "]";
    }

    /** Wakes up to {@code n} waiters from the head of the queue, skipping those that gave up. */
    private void wake(int n) {
        Waiter waiter;
        while (n > 0 && (waiter = waiters.pollFirst()) != null) {
            if (waiter.signal()) n--;
        }
    }

    /** The one waiting algorithm: CPython's {@code wait}, with the waiter's fate decided by CAS. */
    private boolean awaitNanos(boolean timed, long nanos) throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        if (!lock.isOwned()) throw new IllegalMonitorStateException("cannot wait on un-acquired lock");
        Waiter waiter = new Waiter();
        waiters.addLast(waiter);
        int saved;
        try {
            saved = lock.releaseSave();
        } catch (Throwable e) {
            // Only reachable through misuse (an ownerless lock released by someone else meanwhile)
            // or a faulty user lock. A signal may have chosen this waiter already: pass it on.
            if (!waiter.cancel()) wake(1);
            waiters.remove(waiter);
            throw e;
        }
        if (nanos < 0L) nanos = 0L; // as AQS: now + Long.MIN_VALUE would wrap to the far future
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        boolean interrupted = false;
        while (waiter.isWaiting()) {
            if (Thread.interrupted()) {
                if (waiter.cancel()) {
                    interrupted = true;
                    break;
                }
                Thread.currentThread().interrupt(); // signalled first: keep the interrupt as status
                break;
            }
            if (timed) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0L) {
                    waiter.cancel();
                    break;
                }
                LockSupport.parkNanos(this, remaining);
            } else {
                LockSupport.park(this);
            }
        }
        lock.acquireRestore(saved);
        boolean signalled = waiter.state.get() == Waiter.SIGNALLED;
        if (!signalled) waiters.remove(waiter); // a cancelled waiter leaves the queue itself
        if (interrupted) throw new InterruptedException();
        return signalled;
    }
}
