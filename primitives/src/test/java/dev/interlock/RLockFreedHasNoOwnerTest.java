package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The RLock javadoc: the owner is recorded as the synchronizer's exclusive owner, so the JVM's
 * monitoring (thread dumps, {@link ThreadMXBean}) sees it. The record must also be <em>cleared</em>
 * when the last hold is released: otherwise a thread dump would still list the former owner as
 * holding a free lock (and the lock would keep a dead thread reachable).
 */
class RLockFreedHasNoOwnerTest {

    private static final String SYNC = RLock.class.getName() + "$Sync";

    @Test
    void theOwnerIsReportedAsHoldingTheLockUntilTheLastReleaseOnly() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isSynchronizerUsageSupported(), "this JVM does not report ownable synchronizers");
        RLock lock = new RLock();
        // A fresh thread: no lock of an earlier test can be attributed to it.
        TestThread.start("rlock-owner", () -> {
            lock.acquire();
            lock.acquire();
            assertEquals(1, rlocksHeldByCurrentThread(threads), "held twice");
            lock.release();
            assertEquals(1, rlocksHeldByCurrentThread(threads), "still held once");
            lock.release();
            assertEquals(0, rlocksHeldByCurrentThread(threads), "freed, yet still reported as held");
        }).close(); // joins the thread and rethrows its failure
    }

    /** How many RLock synchronizers the JVM reports as owned by the current thread. */
    private static long rlocksHeldByCurrentThread(ThreadMXBean threads) {
        LockInfo[] held = threads.getThreadInfo(new long[] {Thread.currentThread().getId()}, false, true)[0]
                .getLockedSynchronizers();
        return Arrays.stream(held).filter(info -> info.getClassName().equals(SYNC)).count();
    }
}
