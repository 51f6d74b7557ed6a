package dev.interlock.stress.kit.shapes;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.stress.Deadline;
import dev.interlock.stress.kit.Shape;
import dev.interlock.subjects.ConditionSubject;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The jcstress shapes of a condition variable: Python's {@code Condition} ({@link
 * dev.interlock.stress.kit.Kind#CONDITION}). The factory returns a condition over a reentrant lock.
 * Signals that must wait for the waiter to register spin with a {@link Deadline}, never sleep.
 */
public final class ConditionShapes {

    private ConditionShapes() {
    }

    /**
     * No lost signal: a waiter marks itself registered while holding the lock, and gives the lock up
     * only inside {@code await}. A signaller that takes the lock and sees the mark therefore signals
     * a registered waiter, and that one signal must wake it. (A single {@code await}, no loop: the
     * Condition promises no spurious wakeups, so the waiter needs no predicate.)
     */
    @Shape(property = "signal-after-registration-wakes", name = "SignalAfterRegistrationWakes", mode = Mode.Termination)
    @Description("One thread registers under the lock and awaits; the other takes the lock, sees the registration and signals once.")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The one signal woke the registered waiter.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "The waiter was never woken although it was signalled after it registered: a lost signal.")
    @Outcome(id = "ERROR", expect = FORBIDDEN, desc = "await, signal or the lock operations threw an exception.")
    public abstract static class SignalAfterRegistrationWakes {
        private final ConditionSubject condition;
        private boolean registered; // guarded by the condition's lock

        protected SignalAfterRegistrationWakes(Supplier<? extends ConditionSubject> factory) {
            condition = factory.get();
        }

        @Actor
        public void waiter() {
            try {
                condition.acquire();
                try {
                    registered = true;
                    condition.await();
                } finally {
                    condition.release();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException("nobody interrupts this thread", e);
            }
        }

        @Signal
        public void signal() {
            Deadline.spinUntil(() -> signalIfRegistered(condition, () -> registered));
        }
    }

    /**
     * State guarded by the lock: a waiter that returns from {@code await} (and re-holds the lock)
     * sees every write the signaller made under the lock before signalling. Both actors catch
     * everything and the waiter waits at most {@link Deadline#SECONDS} (a deadline, not pacing), so
     * a broken condition shows as a FORBIDDEN outcome instead of hanging the whole jcstress run.
     */
    @Shape(property = "guarded-state-visible-after-await", name = "GuardedStateVisibleAfterAwait")
    @Description("One thread waits under the lock until ready is true, then reads two fields; the other writes them, sets ready and signals, under the lock.")
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The waiter saw both writes made under the lock before the signal.")
    @Outcome(id = "-1, -1", expect = FORBIDDEN, desc = "The waiter was interrupted although nobody interrupts it.")
    @Outcome(id = "-2, -2", expect = FORBIDDEN, desc = "The waiter was never woken although ready was set and signalled: a lost signal.")
    @Outcome(id = "-4, -4", expect = FORBIDDEN, desc = "An operation of the condition or its lock threw an exception.")
    @Outcome(expect = FORBIDDEN, desc = "The waiter returned from await holding the lock but missed a write made under it.")
    public abstract static class GuardedStateVisibleAfterAwait {
        private final ConditionSubject condition;
        private boolean ready; // all three guarded by the condition's lock
        private int first;
        private int second;

        protected GuardedStateVisibleAfterAwait(Supplier<? extends ConditionSubject> factory) {
            condition = factory.get();
        }

        @Actor
        public void waiter(II_Result r) {
            try {
                condition.acquire();
                try {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Deadline.SECONDS);
                    while (!ready) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            r.r1 = -2;
                            r.r2 = -2;
                            return;
                        }
                        condition.await(left, TimeUnit.NANOSECONDS);
                    }
                    r.r1 = first;
                    r.r2 = second;
                } finally {
                    condition.release();
                }
            } catch (InterruptedException e) {
                r.r1 = -1;
                r.r2 = -1;
            } catch (RuntimeException e) {
                r.r1 = -4;
                r.r2 = -4;
            }
        }

        @Actor
        public void signaller() {
            try {
                condition.acquire();
                try {
                    first = 1;
                    second = 1;
                    ready = true;
                    condition.signal();
                } finally {
                    condition.release();
                }
            } catch (InterruptedException | RuntimeException e) {
                // Nobody interrupts this thread; a broken condition shows in the waiter's outcome.
            }
        }
    }

    /**
     * {@code await} over a reentrant lock held twice releases it completely (so that another
     * thread can take the lock and signal) and restores both holds before it returns (so that both
     * releases succeed).
     */
    @Shape(property = "await-releases-reentrant-hold", name = "AwaitReleasesReentrantHold", mode = Mode.Termination)
    @Description("A waiter holds the {subject}'s reentrant lock twice and awaits; another thread takes the lock, sees the waiter registered and signals.")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "await released both holds, was signalled, and restored both holds.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "The waiter never returned: await kept a hold, so no other thread could take the lock and signal.")
    @Outcome(id = "ERROR", expect = FORBIDDEN, desc = "A release after await failed: the hold count was not restored, or an operation threw.")
    public abstract static class AwaitReleasesReentrantHold {
        private final ConditionSubject condition;
        private boolean registered; // guarded by the condition's lock

        protected AwaitReleasesReentrantHold(Supplier<? extends ConditionSubject> factory) {
            condition = factory.get();
        }

        @Actor
        public void waiter() {
            try {
                condition.acquire();
                try {
                    condition.acquire();
                    try {
                        registered = true;
                        condition.await();
                    } finally {
                        condition.release();
                    }
                } finally {
                    condition.release();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException("nobody interrupts this thread", e);
            }
        }

        @Signal
        public void signal() {
            Deadline.spinUntil(() -> signalIfRegistered(condition, () -> registered));
        }
    }

    /**
     * Takes the condition's lock if it is free; then, if {@code registered} (read under the lock)
     * is true, signals once and answers true. For signals that must come after the waiter registered.
     */
    static boolean signalIfRegistered(ConditionSubject condition, BooleanSupplier registered) {
        if (!condition.tryAcquire()) return false;
        try {
            if (!registered.getAsBoolean()) return false;
            condition.signal();
            return true;
        } finally {
            condition.release();
        }
    }
}
