package dev.interlock.model;

import dev.interlock.Barrier;
import dev.interlock.subjects.BarrierSubject;
import dev.interlock.subjects.adapters.BarrierAdapter;
import dev.interlock.variants.RacyBarrier;

public class BarrierTest extends BarrierContract {
    @Override protected BarrierSubject newBarrier(int parties, Runnable action) { return new BarrierAdapter(new Barrier(parties, action)); }
    @Override protected BarrierSubject newPairedBroken(int parties, Runnable action) { return new RacyBarrier(parties, action); }
}
