package dev.interlock.conformance.variants;

import dev.interlock.conformance.BarrierContract;
import dev.interlock.subjects.BarrierSubject;
import dev.interlock.variants.NoDrainBarrier;
import dev.interlock.variants.adapters.PortedBarrierAdapter;
import java.time.Duration;

/** The broken {@link NoDrainBarrier} against the Barrier contract: expected to fail. */
class NoDrainBarrierConformanceTest extends BarrierContract {
    @Override protected BarrierSubject newBarrier(int parties) { return new PortedBarrierAdapter(new NoDrainBarrier(parties, null, null)); }
    @Override protected BarrierSubject newBarrier(int parties, Runnable action) { return new PortedBarrierAdapter(new NoDrainBarrier(parties, action, null)); }
    @Override protected BarrierSubject newBarrier(int parties, Duration defaultTimeout) { return new PortedBarrierAdapter(new NoDrainBarrier(parties, null, defaultTimeout)); }
}
