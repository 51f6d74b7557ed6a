package dev.interlock.conformance;

import dev.interlock.Barrier;
import dev.interlock.subjects.BarrierSubject;
import dev.interlock.subjects.adapters.BarrierAdapter;
import java.time.Duration;

/** {@link BarrierContract} bound to Interlock's {@link Barrier}. */
class BarrierConformanceTest extends BarrierContract {
    @Override protected BarrierSubject newBarrier(int parties) { return new BarrierAdapter(new Barrier(parties)); }
    @Override protected BarrierSubject newBarrier(int parties, Runnable action) { return new BarrierAdapter(new Barrier(parties, action)); }
    @Override protected BarrierSubject newBarrier(int parties, Duration defaultTimeout) { return new BarrierAdapter(new Barrier(parties, defaultTimeout)); }
}
