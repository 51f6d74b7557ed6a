package dev.interlock.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interlock.subjects.ConditionSubject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Condition variables, whose essence is blocking, with the general-purpose API and assertions.
 * Each property runs a paired broken condition through the same harness first ({@link
 * GeneralPair}), which must be caught, then the subject, which must hold:
 * <ul>
 *   <li>{@code producer-consumer-sees-every-item}: a consumer in {@code awaitFor(queue not empty)}
 *       receives every item a producer adds and signals, in order;</li>
 *   <li>{@code signal-not-lost}: a waiter in {@code while (!flag) await()} is woken by a {@code
 *       signal()} made with the flag set under the lock, whatever the interleaving;</li>
 *   <li>{@code await-releases-reentrant-hold}: a waiter that holds a reentrant lock twice gives it
 *       up completely while it waits, so the signaller can take it (CPython's {@code
 *       _release_save}).</li>
 * </ul>
 * The general API has no stress mode: those cells are not applicable. Timed waits are not modelled
 * (Lincheck has no time): they are tested by the conformance catalogue.
 */
public abstract class ConditionContract {

    /** Items the producer sends: 2, so that the consumer waits at least once in most interleavings. */
    public static final int ITEMS = 2;

    /** A new condition over its own lock. */
    protected abstract ConditionSubject newCondition();

    /** A new condition over a reentrant lock (Python's default {@code Condition()}, over an RLock). */
    protected abstract ConditionSubject newReentrantCondition();

    /** A broken condition the first two properties must catch (e.g. one that registers after releasing). */
    protected abstract ConditionSubject newPairedLostWakeup();

    /** A broken condition over a reentrant lock that gives up only one hold while waiting. */
    protected abstract ConditionSubject newPairedReleaseOnce();

    @Test
    public void producerConsumerSeesEveryItem() {
        GeneralPair.check("producer-consumer-sees-every-item", LincheckModel.nameOf(newCondition()),
                () -> producerConsumer(newCondition()), LincheckModel.nameOf(newPairedLostWakeup()),
                () -> producerConsumer(newPairedLostWakeup()), Set.of(Outcome.HANG));
    }

    @Test
    public void signalNotLost() {
        GeneralPair.check("signal-not-lost", LincheckModel.nameOf(newCondition()),
                () -> signalAfterFlag(newCondition(), 1), LincheckModel.nameOf(newPairedLostWakeup()),
                () -> signalAfterFlag(newPairedLostWakeup(), 1), Set.of(Outcome.HANG));
    }

    @Test
    public void awaitReleasesReentrantHold() {
        GeneralPair.check("await-releases-reentrant-hold", LincheckModel.nameOf(newReentrantCondition()),
                () -> signalAfterFlag(newReentrantCondition(), 2), LincheckModel.nameOf(newPairedReleaseOnce()),
                () -> signalAfterFlag(newPairedReleaseOnce(), 2), Set.of(Outcome.HANG));
    }

    static void producerConsumer(ConditionSubject cond) {
        ArrayDeque<Integer> queue = new ArrayDeque<>(); // guarded by cond
        List<Integer> received = new ArrayList<>();
        Workers.runAll(() -> {
            for (int i = 1; i <= ITEMS; i++) {
                cond.acquire();
                try {
                    queue.add(i);
                    cond.signal();
                } finally {
                    cond.release();
                }
            }
        }, () -> {
            for (int i = 0; i < ITEMS; i++) {
                cond.acquire();
                try {
                    cond.awaitFor(() -> !queue.isEmpty());
                    received.add(queue.poll());
                } finally {
                    cond.release();
                }
            }
        });
        assertEquals(List.of(1, 2), received, "every item, in order");
    }

    /** The waiter takes the lock {@code holds} times, waits for the flag, and releases as often. */
    static void signalAfterFlag(ConditionSubject cond, int holds) {
        boolean[] flag = {false}; // guarded by cond
        boolean[] woken = {false};
        Workers.runAll(() -> {
            for (int i = 0; i < holds; i++) cond.acquire();
            try {
                while (!flag[0]) cond.await();
                woken[0] = true;
            } finally {
                for (int i = 0; i < holds; i++) cond.release();
            }
        }, () -> {
            cond.acquire();
            try {
                flag[0] = true;
                cond.signal();
            } finally {
                cond.release();
            }
        });
        assertEquals(true, woken[0], "the waiter saw the flag");
    }
}
