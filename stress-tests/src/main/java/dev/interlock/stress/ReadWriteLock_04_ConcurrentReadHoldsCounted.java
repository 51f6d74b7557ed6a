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

/**
 * Readers share, and every read hold counts: two read holds taken at the same moment are both
 * counted, so after both are given back the lock is free for a writer.
 */
@JCStressTest
@Expectation(subject = "ReadWriteLock", property = "readers-share")
@Description("Two threads take a read hold at the same moment and give it back; then the lock is inspected.")
@Outcome(id = "1, 1, 0", expect = ACCEPTABLE, desc = "Both readers got in; afterwards no read hold is left and the write lock is free.")
@Outcome(id = "0, .*", expect = FORBIDDEN, desc = "A reader was kept out although only readers held the lock.")
@Outcome(id = ".*, 0, .*", expect = FORBIDDEN, desc = "A reader was kept out although only readers held the lock.")
@Outcome(id = "1, 1, [^0]", expect = FORBIDDEN, desc = "A read hold was lost or left over: the count is wrong after both readers left.")
@State
public class ReadWriteLock_04_ConcurrentReadHoldsCounted {
    private final ReadWriteLockSubject lock = new ReadWriteLockAdapter(new ReadWriteLock());

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
