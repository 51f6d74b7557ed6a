package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Semaphore;
import dev.interlock.subjects.SemaphoreSubject;
import dev.interlock.subjects.adapters.SemaphoreAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/** Release happens-before a successful acquire: a permit carries the data written before it was released. */
@JCStressTest
@Expectation(subject = "Semaphore", property = "release-acquire-visibility")
@Description("Semaphore(0): one thread writes data and releases a permit; the other tries to take it, then reads the data.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "No permit yet, and the data not yet visible.")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "No permit yet, but the data already visible.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The reader took the released permit and saw the data.")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "The reader took the released permit but not the data written before the release.")
@State
public class Semaphore_02_ReleaseAcquireVisibility {
    private final SemaphoreSubject semaphore = new SemaphoreAdapter(new Semaphore(0));
    private int data;

    @Actor
    public void writer() {
        data = 1;
        semaphore.release();
    }

    @Actor
    public void reader(II_Result r) {
        r.r1 = semaphore.tryAcquire() ? 1 : 0;
        r.r2 = data;
    }
}
