package dev.interlock.conformance;

import dev.interlock.Event;
import dev.interlock.subjects.EventSubject;
import dev.interlock.subjects.adapters.EventAdapter;

class EventConformanceTest extends EventContract {
    @Override protected EventSubject newEvent() { return new EventAdapter(new Event()); }
}
