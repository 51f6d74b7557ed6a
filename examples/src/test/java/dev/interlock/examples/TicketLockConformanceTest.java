package dev.interlock.examples;

import dev.interlock.conformance.LockContract;
import dev.interlock.subjects.MutexSubject;

/** {@link TicketLock} against Python's {@code Lock} contract (CPython's lock_tests.LockTests). */
class TicketLockConformanceTest extends LockContract {
    @Override protected MutexSubject newLock() { return new TicketLockSubject(); }
}
