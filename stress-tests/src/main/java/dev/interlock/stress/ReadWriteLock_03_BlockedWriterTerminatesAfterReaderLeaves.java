package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.ReadWriteLock;
import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.subjects.adapters.ReadWriteLockAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * Liveness: a writer waiting for a read hold to be given back proceeds once the reader leaves.
 * Read holds belong to their thread: jcstress builds the state and calls the signal in the same
 * control thread, so the read hold taken by the constructor is given back by the signal. When the
 * signal comes before the writer blocks, the writer simply takes the free lock: either way it
 * must finish.
 */
@JCStressTest(Mode.Termination)
@Expectation(subject = "ReadWriteLock", property = "blocked-writer-woken-by-read-release")
@Description("A read hold is held; one thread asks for the write lock, the reader then gives its hold back.")
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The last read release let the waiting writer in.")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "The writer never got in although the last read hold was given back: a lost wakeup.")
@Outcome(id = "ERROR", expect = FORBIDDEN, desc = "An acquisition or a release threw an exception.")
@State
public class ReadWriteLock_03_BlockedWriterTerminatesAfterReaderLeaves {
    private final ReadWriteLockSubject lock = new ReadWriteLockAdapter(new ReadWriteLock());

    public ReadWriteLock_03_BlockedWriterTerminatesAfterReaderLeaves() {
        if (!lock.tryAcquireRead()) throw new IllegalStateException("a new lock refused a read hold");
    }

    @Actor
    public void writer() throws InterruptedException {
        lock.acquireWrite();
        lock.releaseWrite();
    }

    @Signal
    public void reader() {
        lock.releaseRead();
    }
}
