package dev.interlock.conformance.variants;

import static org.junit.jupiter.api.Assumptions.abort;

import dev.interlock.conformance.BarrierContract;
import dev.interlock.subjects.BarrierSubject;
import dev.interlock.variants.RacyBarrier;
import java.time.Duration;

/**
 * The broken {@link RacyBarrier} against the Barrier contract: expected to fail. It has no default
 * timeout, so the tests that need one are aborted (skipped), not failed.
 */
class RacyBarrierConformanceTest extends BarrierContract {
    @Override protected BarrierSubject newBarrier(int parties) { return new RacyBarrier(parties, null); }
    @Override protected BarrierSubject newBarrier(int parties, Runnable action) { return new RacyBarrier(parties, action); }
    @Override protected BarrierSubject newBarrier(int parties, Duration defaultTimeout) { return abort("RacyBarrier has no default timeout"); }
}
