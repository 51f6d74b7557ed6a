package dev.interlock.conformance.variants;

import dev.interlock.conformance.BarrierContract;
import dev.interlock.subjects.BarrierSubject;
import dev.interlock.variants.ResetKeepsWaitersBarrier;
import dev.interlock.variants.adapters.PortedBarrierAdapter;
import java.time.Duration;

/** The broken {@link ResetKeepsWaitersBarrier} against the Barrier contract: expected to fail. */
class ResetKeepsWaitersBarrierConformanceTest extends BarrierContract {
    @Override protected BarrierSubject newBarrier(int parties) { return new PortedBarrierAdapter(new ResetKeepsWaitersBarrier(parties, null, null)); }
    @Override protected BarrierSubject newBarrier(int parties, Runnable action) { return new PortedBarrierAdapter(new ResetKeepsWaitersBarrier(parties, action, null)); }
    @Override protected BarrierSubject newBarrier(int parties, Duration defaultTimeout) { return new PortedBarrierAdapter(new ResetKeepsWaitersBarrier(parties, null, defaultTimeout)); }
}
