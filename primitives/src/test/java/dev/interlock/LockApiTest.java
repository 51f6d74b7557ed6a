package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link Lock}'s own API: string form, constructor shape and the {@link ConditionLock} protocol. */
class LockApiTest extends AbstractMutexApiTest<Lock> {

    @Override Lock newLock() { return new Lock(); }
    @Override boolean tryAcquire(Lock lock, Duration timeout) throws InterruptedException { return lock.tryAcquire(timeout); }
    @Override boolean isLocked(Lock lock) { return lock.isLocked(); }
    @Override Guard guard(Lock lock) throws InterruptedException { return lock.guard(); }

    // CPython: BaseLockTests.test_repr and test_locked_repr. Deviation D17.
    @Test
    void toStringShowsWhetherTheLockIsLocked() throws InterruptedException {
        Lock lock = new Lock();
        assertEquals("Lock[unlocked]", lock.toString());
        lock.acquire();
        assertEquals("Lock[locked]", lock.toString());
        lock.release();
        assertEquals("Lock[unlocked]", lock.toString());
    }

    // CPython: ThreadTests.test_lock_no_subclass and test_lock_no_args (3.13), adapted: Lock is
    // final and has only the no-argument constructor, so both are compile-time errors in Java.
    @Test
    void lockIsFinalAndHasOnlyTheNoArgumentConstructor() {
        assertTrue(Modifier.isFinal(Lock.class.getModifiers()));
        Constructor<?>[] constructors = Lock.class.getConstructors();
        assertEquals(1, constructors.length);
        assertEquals(0, constructors[0].getParameterCount());
    }

    // Deviation D16: an ownerless lock can only tell whether someone holds it, so isOwned()
    // is true in every thread while the lock is locked (CPython's Condition fallback).
    @Test
    void isOwnedMeansLockedByAnyThread() throws InterruptedException {
        Lock lock = new Lock();
        assertFalse(lock.isOwned());
        lock.acquire();
        assertTrue(lock.isOwned());
        TestThread.start("not-the-holder", () -> assertTrue(lock.isOwned())).close();
        lock.release();
        assertFalse(lock.isOwned());
    }

    // The default _release_save / _acquire_restore: release once (saving 1), acquire once.
    @Test
    void releaseSaveReleasesOnceAndAcquireRestoreAcquiresAgain() throws InterruptedException {
        Lock lock = new Lock();
        lock.acquire();
        assertEquals(1, lock.releaseSave());
        assertFalse(lock.isLocked());
        lock.acquireRestore(1);
        assertTrue(lock.isLocked());
        lock.release();
    }

    // Deviation D5: _release_save of an unlocked Lock is its release(): RuntimeError → IllegalMonitorStateException
    @Test
    void releaseSaveOfAnUnlockedLockIsRefused() {
        Lock lock = new Lock();
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class, lock::releaseSave);
        assertEquals("release unlocked lock", e.getMessage());
        assertFalse(lock.isLocked());
    }

    // ConditionLock javadoc: acquireRestore is uninterruptible; a pending interrupt stays pending.
    @Test
    void acquireRestoreKeepsAPendingInterrupt() {
        Lock lock = new Lock();
        Thread.currentThread().interrupt();
        boolean interrupted;
        try {
            lock.acquireRestore(1);
        } finally {
            interrupted = Thread.interrupted();
        }
        assertTrue(interrupted, "the interrupted status must be kept");
        assertTrue(lock.isLocked());
        lock.release();
    }
}
