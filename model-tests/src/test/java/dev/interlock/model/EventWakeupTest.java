package dev.interlock.model;

import dev.interlock.Event;
import dev.interlock.subjects.EventSubject;
import dev.interlock.subjects.adapters.EventAdapter;
import dev.interlock.variants.LostWakeupEvent;

public class EventWakeupTest extends EventWakeupContract {
    @Override protected EventSubject newEvent() { return new EventAdapter(new Event()); }
    @Override protected EventSubject newPairedBroken() { return new LostWakeupEvent(); }
}
