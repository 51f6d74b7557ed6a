package dev.interlock.variants;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * <b>Broken on purpose:</b> a lock whose test-and-set is a check-then-act on an atomic flag: {@code
 * if (!locked.get()) locked.set(true)} where {@code compareAndSet(false, true)} was meant, taken
 * on the fast path before any waiting.
 *
 * <p>Each read and each write is atomic and visible, not the pair: two threads can both read {@code
 * false} and both write {@code true}, and both enter the critical section. A pure interleaving
 * (logic) bug, unlike {@link PlainSpinLock}, whose flag is also plain. Everything else is correct:
 * release is a compare-and-set, waiting is on a {@link dev.interlock.Condition} ({@link SlowPath}).
 * The correct form is one atomic compare-and-set ({@link dev.interlock.Lock}, through AQS).
 *
 * <p>Mirrors the textbook time-of-check-to-time-of-use lock ({@code if (!busy) busy = true}) and
 * the "cheap fast path" that tests a flag outside the lock that guards it.
 *
 * <p>Demonstrated by the Lincheck model {@code CheckThenActLockCounterDemoTest} and the jcstress test
 * {@code CheckThenActLock_01_TryAcquireExcludes} (paired with {@code Lock_05_TryAcquireExcludes}),
 * through {@link dev.interlock.variants.adapters.CheckThenActLockAdapter}. The JUnit Lock contract's
 * contended-increment test did not hit the nanosecond window on a loaded 2-CPU machine: not bound.
 */
public final class CheckThenActLock {
    private final SlowPath slowPath = new SlowPath();
    private final AtomicBoolean locked = new AtomicBoolean();

    /** Acquires, waiting if necessary; interruptible (status set on entry: refused). */
    public void acquire() throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        if (tryAcquire()) return; // the fast path
        slowPath.await(this::tryAcquire, -1L, true);
    }

    /** Acquires, waiting if necessary; an interrupt is kept as the thread's status. */
    public void acquireUninterruptibly() {
        if (tryAcquire()) return;
        slowPath.awaitUninterruptibly(this::tryAcquire);
    }

    /** Broken: checks, then sets, in two steps. */
    public boolean tryAcquire() {
        if (locked.get()) return false;
        locked.set(true); // another thread may have passed the same check meanwhile
        return true;
    }

    /** Acquires if free within the timeout; a timeout {@code <= 0} polls. */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        if (tryAcquire()) return true;
        return slowPath.await(this::tryAcquire, Math.max(0L, unit.toNanos(timeout)), true);
    }

    /**
     * Releases; any thread may (as {@link dev.interlock.Lock}).
     *
     * @throws IllegalMonitorStateException ({@code "release unlocked lock"}) if it is not locked
     */
    public void release() {
        if (!locked.compareAndSet(true, false)) throw new IllegalMonitorStateException("release unlocked lock");
        slowPath.wake(1);
    }

    /** Whether the lock looks held. */
    public boolean isLocked() {
        return locked.get();
    }

    @Override
    public String toString() {
        return "CheckThenActLock[" + (locked.get() ? "locked" : "unlocked") + "]";
    }
}
