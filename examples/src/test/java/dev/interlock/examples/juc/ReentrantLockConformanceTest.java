package dev.interlock.examples.juc;

import dev.interlock.conformance.support.Property;
import dev.interlock.conformance.support.Deviation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.interlock.conformance.RLockContract;
import dev.interlock.conformance.support.Bunch;
import dev.interlock.subjects.ReentrantMutexSubject;
import org.junit.jupiter.api.Test;

/**
 * {@link java.util.concurrent.locks.ReentrantLock} against Python's {@code RLock} contract: the
 * same behaviour, with j.u.c's exception messages (none).
 */
class ReentrantLockConformanceTest extends RLockContract {
    @Override protected ReentrantMutexSubject newLock() { return new ReentrantLockSubject(); }

    @Property("non-owner-release-refused")
    @Deviation("D5")
    @Test
    void aReleaseWithoutOwningTheLockIsRefusedWithTheSameTypeWithoutAMessage() throws InterruptedException {
        ReentrantMutexSubject lock = newLock();
        assertNull(assertThrows(IllegalMonitorStateException.class, lock::release).getMessage());
        lock.acquire();
        try (Bunch other = worker(() -> assertNull(assertThrows(IllegalMonitorStateException.class, lock::release).getMessage()))) {
            other.join();
        }
        assertEquals(1, lock.getHoldCount(), "a refused release must not change the owner's count");
        lock.release();
    }
}
