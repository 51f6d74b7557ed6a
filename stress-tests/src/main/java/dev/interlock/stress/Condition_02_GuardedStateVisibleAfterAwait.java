package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Condition;
import dev.interlock.subjects.ConditionSubject;
import dev.interlock.subjects.adapters.ConditionAdapter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * State guarded by the lock: a waiter that returns from {@code await} (and re-holds the lock)
 * sees every write the signaller made under the lock before signalling. Both actors catch
 * everything and the waiter waits at most {@link Deadline#SECONDS} (a deadline, not pacing), so a
 * broken condition shows as a FORBIDDEN outcome instead of hanging the whole jcstress run.
 */
@JCStressTest
@Expectation(subject = "Condition", property = "guarded-state-visible-after-await")
@Description("One thread waits under the lock until ready is true, then reads two fields; the other writes them, sets ready and signals, under the lock.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The waiter saw both writes made under the lock before the signal.")
@Outcome(id = "-1, -1", expect = FORBIDDEN, desc = "The waiter was interrupted although nobody interrupts it.")
@Outcome(id = "-2, -2", expect = FORBIDDEN, desc = "The waiter was never woken although ready was set and signalled: a lost signal.")
@Outcome(id = "-4, -4", expect = FORBIDDEN, desc = "An operation of the condition or its lock threw an exception.")
@Outcome(expect = FORBIDDEN, desc = "The waiter returned from await holding the lock but missed a write made under it.")
@State
public class Condition_02_GuardedStateVisibleAfterAwait {
    private final ConditionSubject condition = new ConditionAdapter(new Condition());
    private boolean ready; // all three guarded by the condition's lock
    private int first;
    private int second;

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
