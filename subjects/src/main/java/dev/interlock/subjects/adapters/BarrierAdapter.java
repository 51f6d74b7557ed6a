package dev.interlock.subjects.adapters;

import dev.interlock.Barrier;
import dev.interlock.subjects.BarrierSubject;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Interlock's {@link Barrier} as a {@link BarrierSubject}. */
public record BarrierAdapter(Barrier barrier) implements BarrierSubject {
    @Override public int await() throws InterruptedException, BrokenBarrierException, TimeoutException { return barrier.await(); }
    @Override public int await(long timeout, TimeUnit unit) throws InterruptedException, BrokenBarrierException, TimeoutException { return barrier.await(timeout, unit); }
    @Override public void reset() { barrier.reset(); }
    @Override public void abort() { barrier.abort(); }
    @Override public int getParties() { return barrier.getParties(); }
    @Override public int getNumberWaiting() { return barrier.getNumberWaiting(); }
    @Override public boolean isBroken() { return barrier.isBroken(); }
    @Override public String toString() { return barrier.toString(); }
}
