package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Lock;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.LockAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * Interruption: a thread waiting in {@code acquire} for a Lock that is never released ends with
 * {@link InterruptedException} when interrupted (or at once, if the interrupt comes first).
 */
@JCStressTest(Mode.Termination)
@Expectation(subject = "Lock", property = "interrupted-acquire-throws")
@Description("The lock is held for good; one thread calls acquire, another interrupts it.")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The interrupted acquire ended with InterruptedException.")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "The interrupted acquire went on waiting.")
@Outcome(id = "ERROR", expect = FORBIDDEN, desc = "The acquire took a lock that was never released, or failed otherwise.")
@State
public class Lock_04_InterruptedAcquireThrows {
    private final MutexSubject lock = new LockAdapter(new Lock());
    private volatile Thread waiter;

    public Lock_04_InterruptedAcquireThrows() {
        lock.acquireUninterruptibly();
    }

    @Actor
    public void actor() {
        waiter = Thread.currentThread();
        try {
            lock.acquire();
        } catch (InterruptedException expected) {
            return;
        }
        throw new IllegalStateException("acquired " + lock + " although it was never released");
    }

    @Signal
    public void signal() {
        Thread t;
        while ((t = waiter) == null) Thread.onSpinWait();
        t.interrupt();
    }
}
