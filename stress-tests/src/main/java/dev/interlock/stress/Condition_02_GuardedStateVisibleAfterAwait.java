package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Condition;
import dev.interlock.subjects.ConditionSubject;
import dev.interlock.subjects.adapters.ConditionAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * State guarded by the lock: a waiter that returns from {@code await} (and re-holds the lock)
 * sees every write the signaller made under the lock before signalling.
 */
@JCStressTest
@Expectation(subject = "Condition", property = "guarded-state-visible-after-await")
@Description("One thread waits under the lock until ready is true, then reads two fields; the other writes them, sets ready and signals, under the lock.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The waiter saw both writes made under the lock before the signal.")
@Outcome(id = "-1, -1", expect = FORBIDDEN, desc = "The waiter was interrupted although nobody interrupts it.")
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
                while (!ready) condition.await();
                r.r1 = first;
                r.r2 = second;
            } finally {
                condition.release();
            }
        } catch (InterruptedException e) {
            r.r1 = -1;
            r.r2 = -1;
        }
    }

    @Actor
    public void signaller() {
        try {
            condition.acquire();
        } catch (InterruptedException e) {
            throw new IllegalStateException("nobody interrupts this thread", e);
        }
        try {
            first = 1;
            second = 1;
            ready = true;
            condition.signal();
        } finally {
            condition.release();
        }
    }
}
