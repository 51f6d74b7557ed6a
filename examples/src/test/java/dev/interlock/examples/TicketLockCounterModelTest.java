package dev.interlock.examples;

import dev.interlock.model.MutexCounterModel;
import dev.interlock.subjects.MutexSubject;

/** Lincheck: mutual exclusion of {@link TicketLock} (acquire–increment–release), model checking and stress. */
public class TicketLockCounterModelTest extends MutexCounterModel {
    @Override protected MutexSubject newLock() { return new TicketLockSubject(); }
}
