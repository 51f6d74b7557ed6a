package dev.interlock.examples.juc;

import dev.interlock.subjects.BarrierSubject;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link CyclicBarrier} as a {@link BarrierSubject} (Python's {@code Barrier}).
 *
 * <p>Two of Python's operations have no method of their own in j.u.c, and are made from
 * CyclicBarrier's documented behaviour, not emulated beside it:
 * <ul>
 *   <li>the default timeout: the untimed {@code await()} calls {@code await(timeout)}, which
 *       breaks the barrier on expiry, as Python's does;</li>
 *   <li>{@link #abort()}: a thread that arrives with its interrupted status set breaks the
 *       barrier before it is counted as a party (CyclicBarrier's own {@code breakBarrier()}), so
 *       {@code abort()} arrives interrupted, then restores the caller's interrupted status.</li>
 * </ul>
 *
 * @param defaultTimeout the timeout of the untimed {@code await()}, or null for none
 */
public record CyclicBarrierSubject(CyclicBarrier barrier, Duration defaultTimeout) implements BarrierSubject {
    public CyclicBarrierSubject(CyclicBarrier barrier) { this(barrier, null); }

    @Override
    public int await() throws InterruptedException, BrokenBarrierException, TimeoutException {
        if (defaultTimeout == null) return barrier.await();
        return barrier.await(TimeUnit.NANOSECONDS.convert(defaultTimeout), TimeUnit.NANOSECONDS); // saturates
    }

    @Override
    public void abort() {
        boolean wasInterrupted = Thread.interrupted();
        Thread.currentThread().interrupt();
        try {
            barrier.await();
            throw new IllegalStateException("an interrupted arrival passed " + barrier);
        } catch (InterruptedException brokeIt) {
            // the barrier is broken, and the status cleared
        } catch (BrokenBarrierException alreadyBroken) {
            Thread.interrupted(); // the broken check comes first and leaves the status set
        } finally {
            if (wasInterrupted) Thread.currentThread().interrupt();
        }
    }

    @Override public int await(long timeout, TimeUnit unit) throws InterruptedException, BrokenBarrierException, TimeoutException { return barrier.await(timeout, unit); }
    @Override public void reset() { barrier.reset(); }
    @Override public int getParties() { return barrier.getParties(); }
    @Override public int getNumberWaiting() { return barrier.getNumberWaiting(); }
    @Override public boolean isBroken() { return barrier.isBroken(); }
    @Override public String toString() { return barrier.toString(); }
}
