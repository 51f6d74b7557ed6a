package dev.interlock.conformance.variants;

import dev.interlock.conformance.EventContract;
import dev.interlock.subjects.EventSubject;
import dev.interlock.variants.LostWakeupEvent;

/** The broken {@link LostWakeupEvent} against the Event contract: expected to fail. */
class LostWakeupEventConformanceTest extends EventContract {
    @Override protected EventSubject newEvent() { return new LostWakeupEvent(); }
}
