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
 * Demonstration: {@link ReadWriteLock_04_ConcurrentReadHoldsCounted}'s shape on a lock whose
 * reader count is updated non-atomically ({@link RacyCountReadWriteLock}): two readers read the
 * same count and both write it plus one, a read hold is lost, and the releases leave the count
 * wrong (the racy counter's lost update, inside a lock).
 */
@JCStressTest
@Expectation(subject = "RacyCountReadWriteLock", property = "readers-share",
        expected = Expectation.Expected.VIOLATED, pairedWith = ReadWriteLock_04_ConcurrentReadHoldsCounted.class)
@Description("Two threads take a read hold at the same moment from a lock with a non-atomic reader count, and give it back.")
@Outcome(id = "1, 1, 0", expect = ACCEPTABLE, desc = "Both readers got in and the count ended right: this time the updates did not race.")
@Outcome(id = "1, 1, [^0]", expect = ACCEPTABLE_INTERESTING, desc = "A read hold was lost: the count is wrong after both readers left.")
@Outcome(expect = FORBIDDEN, desc = "A reader was kept out although only readers held the lock.")
@State
public class RacyCountReadWriteLock_04_ConcurrentReadHoldsCounted {
    private final ReadWriteLockSubject lock = new RacyCountReadWriteLock();

    @Actor
    public void reader1(III_Result r) {
        r.r1 = ReadWriteExclusion.readAndLeave(lock);
    }

    @Actor
    public void reader2(III_Result r) {
        r.r2 = ReadWriteExclusion.readAndLeave(lock);
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = ReadWriteExclusion.settled(lock);
    }
}
