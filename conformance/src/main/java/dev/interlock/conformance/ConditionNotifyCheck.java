package dev.interlock.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interlock.conformance.support.Bunch;
import dev.interlock.conformance.support.Deadlines;
import dev.interlock.conformance.support.Parking;
import dev.interlock.conformance.support.ThrowingRunnable;
import dev.interlock.subjects.ConditionSubject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * CPython's {@code ConditionTests._check_notify}, for {@link ConditionContract}. Each of 5 workers
 * waits twice and records the phase it sees after each wait. The signaller sets the phase after
 * the signal, still holding the lock, so a waiter that sees it returned only after the signaller
 * released. Where CPython sleeps to let woken waiters run ahead, this waits until exactly the
 * woken ones are parked on the lock the signaller holds (their park blocker is no longer the
 * condition's); where it polls {@code ready}, this also waits until the workers are parked in
 * the condition's wait. The untimed wait returns void (Deviation D10), so a result is the phase.
 */
final class ConditionNotifyCheck {
    private static final int N = 5;

    private final ConditionSubject cond;
    private final BiFunction<Integer, ThrowingRunnable, Bunch> bunches;
    private final AtomicInteger phase = new AtomicInteger();
    private final AtomicInteger ready = new AtomicInteger();
    private final List<Integer> results1 = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> results2 = Collections.synchronizedList(new ArrayList<>());

    /** @param bunches the contract's {@code bunch(n, task)}, so workers run on the binding's threads */
    ConditionNotifyCheck(ConditionSubject cond, BiFunction<Integer, ThrowingRunnable, Bunch> bunches) {
        this.cond = cond;
        this.bunches = bunches;
    }

    void run() throws InterruptedException {
        try (Bunch bunch = bunches.apply(N, () -> {
            waitOnce(results1);
            waitOnce(results2);
        })) {
            List<Thread> workers = bunch.threads();
            Deadlines.awaitTrue("all workers ready", () -> ready.get() >= N);
            Object waiting = Parking.blockerOf(workers.get(0));
            awaitParkedOnCondition(workers, waiting, N);
            ready.set(0);
            assertEquals(List.of(), results1);

            // Phase 1: signal(3) wakes exactly 3, which see the phase set after the signal.
            signalThenSetPhase(workers, waiting, 1, () -> cond.signal(3), 3);
            Deadlines.awaitTrue("3 results", () -> results1.size() >= 3);
            assertEquals(List.of(1, 1, 1), results1, "signal(3) woke another number of waiters");
            assertEquals(List.of(), results2);

            // Phase 2: the 3 woken are back in their second wait, the 2 others still in their first.
            Deadlines.awaitTrue("3 workers ready again", () -> ready.get() >= 3);
            awaitParkedOnCondition(workers, waiting, N);
            signalThenSetPhase(workers, waiting, 2, () -> cond.signal(5), 5);
            Deadlines.awaitTrue("8 results", () -> results1.size() + results2.size() >= N + 3);
            assertEquals(List.of(1, 1, 1, 2, 2), results1);
            assertEquals(List.of(2, 2, 2), results2);

            // Phase 3: signalAll wakes the 2 left, now in their second wait.
            Deadlines.awaitTrue("all workers in their second wait", () -> ready.get() >= N);
            awaitParkedOnCondition(workers, waiting, 2);
            signalThenSetPhase(workers, waiting, 3, cond::signalAll, 2);
            Deadlines.awaitTrue("5 second results", () -> results2.size() >= N);
            assertEquals(List.of(1, 1, 1, 2, 2), results1);
            assertEquals(List.of(2, 2, 2, 3, 3), results2);
        }
    }

    private void waitOnce(List<Integer> results) throws InterruptedException {
        cond.acquire();
        ready.incrementAndGet();
        cond.await();
        cond.release();
        results.add(phase.get());
    }

    private void signalThenSetPhase(List<Thread> workers, Object waiting, int next, Runnable signal, int woken)
            throws InterruptedException {
        cond.acquire();
        signal.run();
        Deadlines.awaitTrue(woken + " woken waiters blocked on the lock",
                () -> Parking.countBlockedElsewhere(workers, waiting) >= woken);
        phase.set(next);
        cond.release();
    }

    private static void awaitParkedOnCondition(List<Thread> workers, Object waiting, int n) {
        Deadlines.awaitTrue(n + " workers in the condition's wait", () -> Parking.countParkedOn(workers, waiting) == n);
    }
}
