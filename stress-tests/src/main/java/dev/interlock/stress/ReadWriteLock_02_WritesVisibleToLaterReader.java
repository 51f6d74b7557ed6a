package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.ReadWriteLock;
import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.subjects.adapters.ReadWriteLockAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Releasing the write lock happens-before a later read hold: data written before the write lock
 * was released is seen by a reader that took its read hold afterwards.
 */
@JCStressTest
@Expectation(subject = "ReadWriteLock", property = "release-acquire-visibility")
@Description("One thread writes data, then sets a flag under the write lock; the other reads the flag under a read hold, then the data.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The reader came first: it saw neither the flag nor the data.")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "The reader came first, and saw the data written meanwhile.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The reader came after the writer and saw the flag and the data.")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "The reader saw the flag set under the write lock but not the data written before its release.")
@State
public class ReadWriteLock_02_WritesVisibleToLaterReader {
    private final ReadWriteLockSubject lock = new ReadWriteLockAdapter(new ReadWriteLock());
    private int data;
    private int flag;

    @Actor
    public void writer() {
        data = 1;
        acquire(true);
        try {
            flag = 1;
        } finally {
            lock.releaseWrite();
        }
    }

    @Actor
    public void reader(II_Result r) {
        int f;
        acquire(false);
        try {
            f = flag;
        } finally {
            lock.releaseRead();
        }
        r.r1 = f;
        r.r2 = data;
    }

    private void acquire(boolean write) {
        try {
            if (write) lock.acquireWrite();
            else lock.acquireRead();
        } catch (InterruptedException e) {
            throw new IllegalStateException("nobody interrupts the actors", e);
        }
    }
}
