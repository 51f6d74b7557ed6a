package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Deviation D7: a hold count that would overflow an {@code int} is refused with
 * {@code Error("Maximum lock count exceeded")} and changes nothing (CPython ≤ 3.13 raises
 * {@code OverflowError}). The count is seeded through {@link RLock#acquireRestore(int)}, the
 * public {@code _acquire_restore} protocol, rather than by 2³¹ real acquisitions.
 */
class RLockHoldCountOverflowTest {

    @Test
    void reentrantAcquireBeyondMaximumHoldCountIsRefusedAndChangesNothing() throws InterruptedException {
        RLock lock = new RLock();
        lock.acquireRestore(Integer.MAX_VALUE);

        Error error = assertThrows(Error.class, lock::acquire);
        assertEquals("Maximum lock count exceeded", error.getMessage());
        assertThrows(Error.class, lock::tryAcquire);
        assertThrows(Error.class, lock::acquireUninterruptibly);

        assertEquals(Integer.MAX_VALUE, lock.getHoldCount());
        assertEquals(Integer.MAX_VALUE, lock.releaseSave());
        assertEquals(0, lock.getHoldCount());
        assertFalse(lock.isLocked());
    }

    @Test
    void restoringANonPositiveHoldCountIsRejected() {
        RLock lock = new RLock();
        assertThrows(IllegalArgumentException.class, () -> lock.acquireRestore(0));
        assertFalse(lock.isLocked());
    }
}
