package dev.interlock.model;

import dev.interlock.Event;
import dev.interlock.subjects.EventSubject;
import dev.interlock.subjects.adapters.EventAdapter;

public class EventModelTest extends EventModel {
    @Override protected EventSubject newEvent() { return new EventAdapter(new Event()); }
}
