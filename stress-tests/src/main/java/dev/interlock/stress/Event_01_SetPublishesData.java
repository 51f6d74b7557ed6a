package dev.interlock.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.interlock.Event;
import dev.interlock.subjects.EventSubject;
import dev.interlock.subjects.adapters.EventAdapter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/** Message passing: data written before {@code set} is visible to a thread that sees {@code isSet()} true. */
@JCStressTest
@Expectation(subject = "Event", property = "set-publishes-data")
@Description("One thread writes data and sets the Event; the other reads isSet(), then the data.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The reader came first: flag clear, data not yet visible.")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "The flag still clear, the data already visible.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The reader saw the flag set and the data.")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "The reader saw the flag set but not the data written before set().")
@State
public class Event_01_SetPublishesData {
    private final EventSubject event = new EventAdapter(new Event());
    private int data;

    @Actor
    public void writer() {
        data = 1;
        event.set();
    }

    @Actor
    public void reader(II_Result r) {
        r.r1 = event.isSet() ? 1 : 0;
        r.r2 = data;
    }
}
