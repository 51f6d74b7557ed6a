package dev.interlock.variants.adapters;

import dev.interlock.subjects.BarrierSubject;
import dev.interlock.variants.PortedBarrier;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A broken barrier built on {@link PortedBarrier} ({@link dev.interlock.variants.ResetKeepsWaitersBarrier},
 * {@link dev.interlock.variants.NoDrainBarrier}) as a {@link BarrierSubject}, to run through the same
 * tests as {@link dev.interlock.Barrier}.
 */
public record PortedBarrierAdapter(PortedBarrier barrier) implements BarrierSubject {
    @Override public int await() throws InterruptedException, BrokenBarrierException, TimeoutException { return barrier.await(); }
    @Override public int await(long timeout, TimeUnit unit) throws InterruptedException, BrokenBarrierException, TimeoutException { return barrier.await(timeout, unit); }
    @Override public void reset() { barrier.reset(); }
    @Override public void abort() { barrier.abort(); }
    @Override public int getParties() { return barrier.getParties(); }
    @Override public int getNumberWaiting() { return barrier.getNumberWaiting(); }
    @Override public boolean isBroken() { return barrier.isBroken(); }
    @Override public String toString() { return barrier.toString(); }
}
