package dev.interlock.benchmarks;

import java.util.List;

/**
 * One row of the ratio table: an Interlock benchmark, its peer in the same JMH run, the target
 * ratio (null for an informative row), and what Interlock pays that the peer does not — read from
 * the code of both sides, printed when the target is missed.
 *
 * @param ours   the Interlock benchmark, e.g. {@code MutexUncontended.lock}
 * @param peer   the peer benchmark in the same class
 * @param target the largest acceptable ours/peer ratio, or null (no target: e.g. {@code synchronized})
 * @param cost   why Interlock may be slower here, and what would close the gap
 */
public record Pair(String ours, String peer, Double target, String cost) {

    /** Uncontended (one thread): Interlock may be at most 10 % slower. */
    public static final double UNCONTENDED = 1.10;
    /** Contended (two threads): at most 25 % slower. */
    public static final double CONTENDED = 1.25;

    private static final String LOCK_COST = "Lock is ownerless (Python): its release is a CAS 1→0 so that of two racing "
            + "releases one fails with \"release unlocked lock\", where ReentrantLock checks its owner and does a "
            + "plain volatile store; acquire() is interruptible (a Thread.interrupted() check) where lock() is not. "
            + "Both are one locked instruction on x86, so the two paths should cost the same.";
    private static final String RLOCK_COST = "The same AQS algorithm as ReentrantLock's non-fair sync; acquire() is "
            + "interruptible where lock() is not, and release checks the owner through isHeldExclusively() (one more "
            + "read of the state). One JIT difference (reasoned, not measured): ReentrantLock.lock() first tries its "
            + "own initialTryLock(), a direct call, while RLock.acquire() enters AQS.acquireInterruptibly(), whose "
            + "virtual tryAcquire call site is shared with every AQS lock of the JVM (the JDK's, JMH's harness's) "
            + "and may not be inlined. Closing it: the same fast path, a direct CAS attempt on RLock's own Sync "
            + "before AQS.";
    private static final String SEMAPHORE_COST = "The same AQS algorithm as j.u.c.Semaphore's non-fair sync; release(n) "
            + "checks n ≥ 1 first.";
    private static final String BOUNDED_COST = "As Semaphore, plus the bound check in the release CAS loop (refused "
            + "whole, Python's \"Semaphore released too many times\").";
    private static final String EVENT_AWAIT_COST = "Event's state is a generation counter (2 × generation + flag, a "
            + "long: AbstractQueuedLongSynchronizer) so that a waiter woken by set() returns true even if clear() "
            + "ran first (gh-57711); await() reads it once to pass it, once to test it. A latch reads one int. On x86 both are a few "
            + "plain loads, so no real gap is expected (reasoned from the code); if one is measured on a quiet "
            + "machine, a fast path that tests the flag before entering AQS would close it.";
    private static final String EVENT_HANDOFF_COST = "set() is a CAS loop that starts a new generation (the "
            + "generation counter of the lost-wake-up fix); countDown() a CAS loop on an int. Both wake the waiter "
            + "through AQS's shared release, so a hand-off (park/unpark) should cost the same.";
    private static final String CONDITION_COST = "(Reasoned from the code, not measured.) Interlock's Condition is CPython's algorithm over any ConditionLock, "
            + "not AQS's ConditionObject: each await allocates a waiter (with an AtomicInteger) on a "
            + "ConcurrentLinkedDeque and releases the lock through releaseSave(); signal() CASes the waiter and "
            + "unparks it at once, while the signaller still holds the lock, so the woken thread runs only to park "
            + "again on the lock. ConditionObject moves the waiter to the lock's queue instead (wait morphing): it "
            + "wakes once, when the lock is free. Closing it: defer the unpark to the lock's release (move the "
            + "waiter to the lock's AQS queue when the lock is Interlock's own Lock or RLock).";
    private static final String BARRIER_COST = "(Reasoned from the code, not measured.) Barrier is CPython's state machine over Condition(Lock()): the last "
            + "party signals all, every party then re-takes the lock to leave (count--, and the last out reopens "
            + "the barrier: the draining phase), so a trip costs several lock hand-offs and each wake-up pays the "
            + "Condition cost above. CyclicBarrier swaps a generation object and its parties leave without "
            + "re-taking the lock. Closing it: a generation-based barrier with the same observable states, or the "
            + "Condition fix above.";

    /** Every row, in table order. The smoke test checks that each names a benchmark that ran, and vice versa. */
    public static final List<Pair> ALL = List.of(
            new Pair("MutexUncontended.lock", "MutexUncontended.reentrantLock", UNCONTENDED, LOCK_COST),
            new Pair("MutexUncontended.rlock", "MutexUncontended.reentrantLock", UNCONTENDED, RLOCK_COST),
            new Pair("MutexUncontended.lock", "MutexUncontended.synchronizedBlock", null, LOCK_COST),
            new Pair("MutexUncontended.rlock", "MutexUncontended.synchronizedBlock", null, RLOCK_COST),
            new Pair("SemaphoreUncontended.semaphore", "SemaphoreUncontended.jucSemaphore", UNCONTENDED, SEMAPHORE_COST),
            new Pair("SemaphoreUncontended.boundedSemaphore", "SemaphoreUncontended.jucSemaphore", UNCONTENDED, BOUNDED_COST),
            new Pair("EventAwaitAfterSet.event", "EventAwaitAfterSet.countDownLatch", UNCONTENDED, EVENT_AWAIT_COST),
            new Pair("MutexContended.lock", "MutexContended.reentrantLock", CONTENDED, LOCK_COST),
            new Pair("MutexContended.rlock", "MutexContended.reentrantLock", CONTENDED, RLOCK_COST),
            new Pair("MutexContended.lock", "MutexContended.synchronizedBlock", null, LOCK_COST),
            new Pair("MutexContended.rlock", "MutexContended.synchronizedBlock", null, RLOCK_COST),
            new Pair("SemaphoreContended.semaphore", "SemaphoreContended.jucSemaphore", CONTENDED, SEMAPHORE_COST),
            new Pair("SemaphoreContended.boundedSemaphore", "SemaphoreContended.jucSemaphore", CONTENDED, BOUNDED_COST),
            new Pair("EventHandoff.event", "EventHandoff.countDownLatch", CONTENDED, EVENT_HANDOFF_COST),
            new Pair("ConditionPingPong.condition", "ConditionPingPong.conditionObject", CONTENDED, CONDITION_COST),
            new Pair("ConditionPingPong.conditionOverLock", "ConditionPingPong.conditionObject", CONTENDED, CONDITION_COST),
            new Pair("BarrierTrip.barrier", "BarrierTrip.cyclicBarrier", CONTENDED, BARRIER_COST));
}
