package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.BoundedSemaphore;
import dev.interlock.subjects.SemaphoreSubject;
import dev.interlock.subjects.adapters.SemaphoreAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * Interruption: a thread waiting in {@code acquire} on a BoundedSemaphore(1) whose unit is taken
 * for good ends with {@link InterruptedException} when interrupted, and takes no unit.
 */
@JCStressTest(Mode.Termination)
@Expectation(subject = "BoundedSemaphore", property = "interrupted-acquire-throws")
@Description("BoundedSemaphore(1) with its unit taken for good; one thread calls acquire, another interrupts it.")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The interrupted acquire ended with InterruptedException.")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "The interrupted acquire went on waiting.")
@Outcome(id = "ERROR", expect = FORBIDDEN, desc = "The acquire took a unit that was never released, or failed otherwise.")
@State
public class BoundedSemaphore_03_InterruptedAcquireThrows {
    private final SemaphoreSubject semaphore = new SemaphoreAdapter(new BoundedSemaphore(1));
    private volatile Thread waiter;

    public BoundedSemaphore_03_InterruptedAcquireThrows() {
        semaphore.acquireUninterruptibly();
    }

    @Actor
    public void actor() {
        waiter = Thread.currentThread();
        try {
            semaphore.acquire();
        } catch (InterruptedException expected) {
            if (semaphore.availablePermits() != 0) throw new IllegalStateException("value changed: " + semaphore);
            return;
        }
        throw new IllegalStateException("took a unit of " + semaphore + " that was never released");
    }

    @Signal
    public void signal() {
        Thread t;
        while ((t = waiter) == null) Thread.onSpinWait();
        t.interrupt();
    }
}
