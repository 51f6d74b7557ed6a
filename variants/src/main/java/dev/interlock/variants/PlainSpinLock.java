package dev.interlock.variants;

/**
 * <b>Broken on purpose:</b> a spin lock on a plain {@code boolean}, acquired by check-then-act.
 *
 * <p>{@link #acquire()} waits until it reads {@code locked == false} and then writes {@code
 * locked = true}. The check and the act are two steps: two threads can both read {@code false}
 * and both enter the critical section, so updates made under the lock are lost. The field is not
 * {@code volatile} either, so nothing orders the critical sections. A correct spin lock needs an
 * atomic compare-and-set ({@link java.util.concurrent.atomic.AtomicBoolean#compareAndSet}); a
 * correct lock is {@link dev.interlock.Lock}.
 *
 * <p>The wait loop calls {@link Thread#onSpinWait()}: without it the JIT may hoist the plain read
 * out of the loop and the lock would hang instead of showing the lost update.
 *
 * <p>Demonstrated by the jcstress test {@code PlainSpinLock_01_MutualExclusion} through {@link
 * dev.interlock.variants.adapters.PlainSpinLockAdapter}, the same shape as {@code
 * Lock_01_MutualExclusion}.
 */
public final class PlainSpinLock {
    private boolean locked; // broken: not volatile, and set without a CAS

    /** Spins until the lock looks free, then takes it: a check-then-act race. */
    public void acquire() {
        while (locked) Thread.onSpinWait();
        locked = true;
    }

    /** Takes the lock if it looks free now: the same race, without the wait. */
    public boolean tryAcquire() {
        if (locked) return false;
        locked = true;
        return true;
    }

    /** Frees the lock, with a plain write. Any thread may call it; nothing is checked. */
    public void release() {
        locked = false;
    }

    /** Whether the lock looks held. */
    public boolean isLocked() {
        return locked;
    }

    @Override
    public String toString() {
        return "PlainSpinLock[" + (locked ? "locked" : "unlocked") + "]";
    }
}
