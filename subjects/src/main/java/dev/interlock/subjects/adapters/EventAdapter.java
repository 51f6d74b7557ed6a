package dev.interlock.subjects.adapters;

import dev.interlock.Event;
import dev.interlock.subjects.EventSubject;
import java.util.concurrent.TimeUnit;

/** Interlock's {@link Event} as an {@link EventSubject}. */
public record EventAdapter(Event event) implements EventSubject {
    @Override public void set() { event.set(); }
    @Override public void clear() { event.clear(); }
    @Override public boolean isSet() { return event.isSet(); }
    @Override public void await() throws InterruptedException { event.await(); }
    @Override public boolean await(long timeout, TimeUnit unit) throws InterruptedException { return event.await(timeout, unit); }
    @Override public String toString() { return event.toString(); }
}
