package dev.interlock.variants;

import dev.interlock.Condition;
import dev.interlock.Lock;
import dev.interlock.subjects.BarrierSubject;
import java.util.concurrent.TimeUnit;

/**
 * <b>Broken on purpose:</b> a single-use barrier that counts arrivals with a plain read-then-write
 * <i>outside</i> its lock ({@code index = arrived; arrived = index + 1}).
 *
 * <p>Two parties that arrive together can read the same count: both get index 0, neither is the
 * last, nobody runs the action or trips the barrier, and both wait forever (or, with more
 * parties, indices repeat and the action runs at the wrong time). The waiting itself is correct (a
 * {@link Condition} over a {@link Lock}); the count is not. The correct form counts under the lock
 * ({@link dev.interlock.Barrier}). One cycle only: {@code reset}/{@code abort} are not supported,
 * timed waits accept only a zero timeout.
 *
 * <p>Demonstrated by the general-purpose Lincheck test of the Barrier contract
 * ({@code trips-once-with-distinct-indices}).
 */
public final class RacyBarrier implements BarrierSubject {
    private final int parties;
    private final Runnable action;
    private final Condition cond = new Condition(new Lock());
    private volatile int arrived;
    private boolean tripped; // guarded by cond

    /** A barrier for {@code parties} parties that runs {@code action} (if not null) when it trips. */
    public RacyBarrier(int parties, Runnable action) {
        this.parties = parties;
        this.action = action;
    }

    /** Broken: the arrival count is a read-then-write outside the lock. */
    @Override
    public int await() throws InterruptedException {
        int index = arrived;
        arrived = index + 1;
        cond.acquire();
        try {
            if (index + 1 == parties) {
                if (action != null) action.run();
                tripped = true;
                cond.signalAll();
            } else {
                while (!tripped) cond.await();
            }
        } finally {
            cond.release();
        }
        return index;
    }

    @Override
    public int await(long timeout, TimeUnit unit) throws InterruptedException {
        if (timeout > 0) throw new UnsupportedOperationException("demo subject: only a zero timeout");
        throw new UnsupportedOperationException("demo subject: untimed await only");
    }

    @Override public void reset() { throw new UnsupportedOperationException("demo subject: one cycle only"); }
    @Override public void abort() { throw new UnsupportedOperationException("demo subject: one cycle only"); }
    @Override public int getParties() { return parties; }
    @Override public int getNumberWaiting() { return Math.min(arrived, parties); }
    @Override public boolean isBroken() { return false; }
    @Override public String toString() { return "RacyBarrier[arrived=" + arrived + "/" + parties + "]"; }
}
