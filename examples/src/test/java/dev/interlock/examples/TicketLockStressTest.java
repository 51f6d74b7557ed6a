package dev.interlock.examples;

import dev.interlock.stress.kit.JcstressRun;
import dev.interlock.stress.kit.Kind;
import dev.interlock.stress.kit.StressTests;
import dev.interlock.subjects.MutexSubject;

/** jcstress: the mutex properties of {@link TicketLock}, generated, run and graded in {@code mvn verify}. */
class TicketLockStressTest extends JcstressRun {
    @StressTests(subject = "TicketLock", kind = Kind.MUTEX)
    static MutexSubject ticketLock() { return new TicketLockSubject(); }
}
