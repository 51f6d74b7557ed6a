package dev.interlock.conformance.variants;

import dev.interlock.conformance.EventContract;
import dev.interlock.subjects.EventSubject;
import dev.interlock.variants.adapters.NonVolatileStopFlagAdapter;

/** The broken {@link dev.interlock.variants.NonVolatileStopFlag} against the Event contract. */
class NonVolatileStopFlagConformanceTest extends EventContract {
    @Override protected EventSubject newEvent() { return NonVolatileStopFlagAdapter.create(); }
}
