package dev.interlock.variants.adapters;

import dev.interlock.subjects.EventSubject;
import dev.interlock.variants.NonVolatileEvent;
import java.util.concurrent.TimeUnit;

/** The broken {@link NonVolatileEvent} as an {@link EventSubject}, to run through the same tests as {@link dev.interlock.Event}. */
public record NonVolatileEventAdapter(NonVolatileEvent event) implements EventSubject {
    /** A new adapter over a new, unset event. */
    public static NonVolatileEventAdapter create() { return new NonVolatileEventAdapter(new NonVolatileEvent()); }

    @Override public void set() { event.set(); }
    @Override public void clear() { event.clear(); }
    @Override public boolean isSet() { return event.isSet(); }
    @Override public void await() throws InterruptedException { event.await(); }
    @Override public boolean await(long timeout, TimeUnit unit) throws InterruptedException { return event.await(timeout, unit); }
    @Override public String toString() { return event.toString(); }
}
