package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.ReadWriteLock;
import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.subjects.adapters.ReadWriteLockAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/** Exclusion: a writer and a reader are never inside the ReadWriteLock at the same time. */
@JCStressTest
@Expectation(subject = "ReadWriteLock", property = "read-write-exclusion")
@Description("One thread takes the write lock, another a read hold, four times each; each asks the lock, while inside, whether the other mode is held.")
@Outcome(id = "0, 0, 0", expect = ACCEPTABLE, desc = "Neither saw the other inside, both releases succeeded, and the lock ended free.")
@Outcome(id = "1, .*", expect = FORBIDDEN, desc = "The writer saw a read hold while it held the write lock.")
@Outcome(id = "2, .*", expect = FORBIDDEN, desc = "The writer's release was refused: its hold had been overwritten while it was inside.")
@Outcome(id = ".*, 1, .*", expect = FORBIDDEN, desc = "The reader saw the write lock held while it held a read hold.")
@Outcome(expect = FORBIDDEN, desc = "A release was refused or the lock was left held.")
@State
public class ReadWriteLock_01_WriterExcludesReader {
    private final ReadWriteLockSubject lock = new ReadWriteLockAdapter(new ReadWriteLock());

    @Actor
    public void writer(III_Result r) {
        r.r1 = ReadWriteExclusion.writer(lock);
    }

    @Actor
    public void reader(III_Result r) {
        r.r2 = ReadWriteExclusion.reader(lock);
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = ReadWriteExclusion.settled(lock);
    }
}
