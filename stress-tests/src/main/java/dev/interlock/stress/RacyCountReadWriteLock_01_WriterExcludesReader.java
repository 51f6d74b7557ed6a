package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.subjects.ReadWriteLockSubject;
import dev.interlock.variants.RacyCountReadWriteLock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Demonstration: {@link ReadWriteLock_01_WriterExcludesReader}'s shape on a lock whose reader
 * count is updated non-atomically ({@link RacyCountReadWriteLock}). A reader that read the state
 * just before the writer's compare-and-set writes back a state without the writer's bit: both are
 * inside, and the writer's release is refused.
 */
@JCStressTest
@Expectation(subject = "RacyCountReadWriteLock", property = "read-write-exclusion",
        expected = Expectation.Expected.VIOLATED, pairedWith = ReadWriteLock_01_WriterExcludesReader.class)
@Description("One thread takes the write lock, another a read hold of a lock with a non-atomic reader count.")
@Outcome(id = "0, 0, 0", expect = ACCEPTABLE, desc = "Neither saw the other inside: this time the updates did not race.")
@Outcome(id = "[12], .*", expect = ACCEPTABLE_INTERESTING, desc = "The reader's plain write erased the writer's hold: the writer saw the read hold, or its release was refused.")
@Outcome(id = ".*, 1, .*", expect = ACCEPTABLE_INTERESTING, desc = "The reader saw the write lock held while it held a read hold.")
@Outcome(expect = FORBIDDEN, desc = "Some other state: the lock was left held.")
@State
public class RacyCountReadWriteLock_01_WriterExcludesReader {
    private final ReadWriteLockSubject lock = new RacyCountReadWriteLock();

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
