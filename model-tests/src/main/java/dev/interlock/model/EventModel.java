package dev.interlock.model;

import dev.interlock.subjects.EventSubject;
import java.util.concurrent.TimeUnit;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * Event (Python's {@code Event}): {@code set}, {@code clear}, {@code isSet} and the timed-zero
 * {@code await(0)} (a poll: true if the flag is set) are linearizable to a boolean flag.
 *
 * <p>The untimed {@code await()} can block forever and so cannot be an operation (it would hang
 * the sequential replay); Lincheck does not model time, so only a zero timeout appears. Blocking
 * waits are tested with the general-purpose API ({@code BlockingWakeupTest}).
 */
@SuppressWarnings("this-escape") // the binding's factory runs in the constructor: one subject per Lincheck instance
public abstract class EventModel extends LincheckModel {

    private final EventSubject event = newEvent();

    /** A new, unset subject. */
    protected abstract EventSubject newEvent();

    @Override protected String property() { return "event-flag"; }
    @Override protected String subject() { return nameOf(event); }
    @Override protected Class<?> specification() { return Spec.class; }

    @Operation
    public void set() {
        event.set();
    }

    @Operation
    public void clear() {
        event.clear();
    }

    @Operation
    public boolean isSet() {
        return event.isSet();
    }

    /** {@code wait(0)}: true if the flag is set. */
    @Operation
    public boolean awaitZeroTimeout() throws InterruptedException {
        return event.await(0, TimeUnit.SECONDS);
    }

    /** Sequential specification: a flag. */
    public static class Spec {
        private boolean flag;

        public void set() {
            flag = true;
        }

        public void clear() {
            flag = false;
        }

        public boolean isSet() {
            return flag;
        }

        public boolean awaitZeroTimeout() {
            return flag;
        }
    }
}
