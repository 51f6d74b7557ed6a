package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.RLock;
import dev.interlock.subjects.ReentrantMutexSubject;
import dev.interlock.subjects.adapters.RLockAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * Interruption: a thread waiting in {@code acquire} for an RLock owned by another thread ends
 * with {@link InterruptedException} when interrupted (or at once, if the interrupt comes first).
 * The thread that creates the test state owns the lock and never releases it.
 */
@JCStressTest(Mode.Termination)
@Expectation(subject = "RLock", property = "interrupted-acquire-throws")
@Description("Another thread owns the RLock for good; one thread calls acquire, another interrupts it.")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The interrupted acquire ended with InterruptedException.")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "The interrupted acquire went on waiting.")
@Outcome(id = "ERROR", expect = FORBIDDEN, desc = "The acquire took a lock owned by another thread, or failed otherwise.")
@State
public class RLock_04_InterruptedAcquireThrows {
    private final ReentrantMutexSubject lock = new RLockAdapter(new RLock());
    private volatile Thread waiter;

    public RLock_04_InterruptedAcquireThrows() {
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
        throw new IllegalStateException("acquired " + lock + " although another thread owns it");
    }

    @Signal
    public void signal() {
        Thread t;
        while ((t = waiter) == null) Thread.onSpinWait();
        t.interrupt();
    }
}
