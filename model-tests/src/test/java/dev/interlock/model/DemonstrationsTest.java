package dev.interlock.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.Guard;
import dev.interlock.Lock;
import dev.interlock.LockOrdering;
import dev.interlock.variants.RacyCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Demonstrations with the general-purpose API, each a pair broken ↔ correct through the same
 * harness ({@link GeneralPair}), the broken one caught with an exact failure kind and its
 * interleaving saved under {@code target/lincheck-traces/}. The data-structure demonstrations are
 * {@link PlainSpinLockCounterDemoTest} and {@link ForgetfulRLockReentrancyDemoTest}; the lost
 * wakeup and the condition that releases an RLock once are the paired bugs of {@link
 * EventWakeupTest} and {@link ConditionTest}.
 */
public class DemonstrationsTest {

    /** {@code x += 1} without a lock loses an update (wrong result); under a {@link Lock} it does not. */
    @Test
    public void racyIncrementLosesAnUpdate() throws Exception {
        Observation correct = GeneralPair.check("increment-not-lost", "Lock", DemonstrationsTest::lockedIncrements,
                "RacyCounter", DemonstrationsTest::racyIncrements, Set.of(Outcome.WRONG_RESULT));
        assertEquals(Outcome.HOLDS, correct.outcome());
        assertTraceMentions("RacyCounter-increment-not-lost-general", "Concurrent test failed");
    }

    /**
     * Two threads taking two locks in opposite orders deadlock (a hang: AQS locks show as "livelock"
     * or "deadlock" in Lincheck's report); through {@link LockOrdering} they never do.
     */
    @Test
    public void oppositeLockOrdersDeadlock() throws Exception {
        GeneralPair.check("no-lock-ordering-deadlock", "LockOrdering", DemonstrationsTest::orderedLocks,
                "OppositeLockOrders", DemonstrationsTest::oppositeOrders, Set.of(Outcome.HANG));
        String trace = assertTraceMentions("OppositeLockOrders-no-lock-ordering-deadlock-general", "has hung");
        assertTrue(trace.contains("deadlock") || trace.contains("livelock"), "the report names the deadlock");
    }

    static void racyIncrements() {
        RacyCounter counter = new RacyCounter();
        Workers.runAll(counter::increment, counter::increment);
        assertEquals(2, counter.get(), "two increments");
    }

    @SuppressWarnings("try") // the guard is used only for its close()
    static void lockedIncrements() {
        Lock lock = new Lock();
        int[] x = {0};
        Workers.Task increment = () -> {
            try (Guard held = lock.guard()) {
                x[0] += 1;
            }
        };
        Workers.runAll(increment, increment);
        assertEquals(2, x[0], "two increments");
    }

    static void oppositeOrders() {
        Lock a = new Lock();
        Lock b = new Lock();
        Workers.runAll(() -> both(a, b), () -> both(b, a));
    }

    private static void both(Lock first, Lock second) throws InterruptedException {
        first.acquire();
        try {
            second.acquire();
            second.release();
        } finally {
            first.release();
        }
    }

    static void orderedLocks() {
        Lock a = new Lock();
        Lock b = new Lock();
        LockOrdering order = LockOrdering.of(a, b);
        Workers.runAll(() -> order.acquireAll(a, b).close(), () -> order.acquireAll(b, a).close());
        assertTrue(!a.isLocked() && !b.isLocked(), "both locks released");
    }

    private static String assertTraceMentions(String name, String text) throws Exception {
        Path dir = Path.of(System.getProperty("interlock.traces.dir", "target/lincheck-traces"));
        String trace = Files.readString(dir.resolve(name + ".txt"));
        assertTrue(trace.contains(text), name + " trace mentions " + text);
        return trace;
    }
}
