package dev.interlock.variants;

import dev.interlock.subjects.ReadWriteLockSubject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * The skeleton of the broken readers–writer locks: a lock with {@code dev.interlock.ReadWriteLock}'s
 * documented policy (writer preference, per-thread reentrant holds, downgrade, upgrade refused,
 * CPython-style messages), written so that each variant changes exactly one decision by
 * overriding one hook. Unchanged, it is correct; its subclasses are not.
 *
 * <p>As in the primitive, the release of the last read hold wakes the first waiting thread; a
 * variant that lets a reader wait for the other readers is woken when one read hold is left.
 */
abstract class ReadWriteLockVariant implements ReadWriteLockSubject {

    static final String UPGRADE = "cannot acquire write lock while holding read lock";
    private static final int READ_UNIT = 1 << 16;
    private static final int WRITE_MASK = READ_UNIT - 1;

    /** The state as in the primitive: read holds in the high 16 bits, write holds in the low 16. */
    final class Sync extends AbstractQueuedSynchronizer {
        private static final long serialVersionUID = 1L;
        private final transient ThreadLocal<int[]> reads = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        protected boolean tryAcquire(int acquires) {
            Thread current = Thread.currentThread();
            int own = reads.get()[0]; // this thread's read holds: an upgrade is decided by them
            int state = getState();
            if (state == 0) {
                if (!compareAndSetState(0, acquires)) return false;
                setExclusiveOwnerThread(current);
                return true;
            }
            int writes = state & WRITE_MASK;
            if (writes != 0 && getExclusiveOwnerThread() == current) {
                setState(state + acquires);
                return true;
            }
            if (writes != 0 || own == 0) return false;
            if (!upgradeWaitsForOtherReaders()) throw new IllegalMonitorStateException(UPGRADE);
            // The broken upgrade: proceed once this thread is the only reader, keeping its reads.
            if ((state >>> 16) != own || !compareAndSetState(state, state + acquires)) return false;
            setExclusiveOwnerThread(current);
            return true;
        }

        @Override
        protected boolean tryRelease(int releases) {
            if (!isHeldExclusively()) throw new IllegalMonitorStateException("cannot release un-acquired write lock");
            int next = getState() - releases;
            boolean free = (next & WRITE_MASK) == 0;
            if (free) setExclusiveOwnerThread(null);
            setState(next);
            return free;
        }

        @Override
        protected int tryAcquireShared(int unused) {
            Thread current = Thread.currentThread();
            int[] own = reads.get();
            boolean holding = own[0] > 0 || isHeldExclusively();
            if (!holding && readersQueueBehindWaitingThreads() && hasQueuedPredecessors()) return -1;
            for (;;) {
                int state = getState();
                if ((state & WRITE_MASK) != 0 && getExclusiveOwnerThread() != current) return -1;
                if (storeReadCount(this, state, state + READ_UNIT)) break;
            }
            own[0]++;
            return 1;
        }

        @Override
        protected boolean tryReleaseShared(int unused) {
            int[] own = reads.get();
            if (own[0] == 0) throw new IllegalMonitorStateException("cannot release un-acquired read lock");
            own[0]--;
            for (;;) {
                int state = getState();
                int next = state - READ_UNIT;
                if (storeReadCount(this, state, next)) return wakeWhenReadHoldsLeft(next >>> 16);
            }
        }

        @Override
        protected boolean isHeldExclusively() {
            return (getState() & WRITE_MASK) != 0 && getExclusiveOwnerThread() == Thread.currentThread();
        }

        /** {@code compareAndSetState}, for {@link #storeReadCount}. */
        boolean compareAndSet(int expect, int update) {
            return compareAndSetState(expect, update);
        }

        /** {@code getState}/{@code setState}, for {@link #storeReadCount}. */
        int state() {
            return getState();
        }

        void state(int update) {
            setState(update);
        }
    }

    private final Sync sync = new Sync();

    /** Whether a thread that holds nothing waits behind threads already waiting (writer preference). Correct: true. */
    boolean readersQueueBehindWaitingThreads() {
        return true;
    }

    /** Whether a reader asking for the write lock waits to be the only reader instead of being refused. Correct: false. */
    boolean upgradeWaitsForOtherReaders() {
        return false;
    }

    /** Whether a read release that leaves {@code readHolds} read holds wakes the first waiting thread. Correct: at 0. */
    boolean wakeWhenReadHoldsLeft(int readHolds) {
        return readHolds == 0;
    }

    /**
     * Stores a new read count ({@code update}) if the state is still {@code expect}; true if stored.
     * Correct: one compare-and-set, so that no concurrent change is overwritten.
     */
    boolean storeReadCount(Sync s, int expect, int update) {
        return s.compareAndSet(expect, update);
    }

    @Override public void acquireRead() throws InterruptedException { sync.acquireSharedInterruptibly(1); }
    @Override public boolean tryAcquireRead() { return sync.tryAcquireShared(1) >= 0; }
    @Override public boolean tryAcquireRead(long timeout, TimeUnit unit) throws InterruptedException { return sync.tryAcquireSharedNanos(1, unit.toNanos(timeout)); }
    @Override public void releaseRead() { sync.releaseShared(1); }
    @Override public void acquireWrite() throws InterruptedException { sync.acquireInterruptibly(1); }
    @Override public boolean tryAcquireWrite() { return sync.tryAcquire(1); }
    @Override public boolean tryAcquireWrite(long timeout, TimeUnit unit) throws InterruptedException { return sync.tryAcquireNanos(1, unit.toNanos(timeout)); }
    @Override public void releaseWrite() { sync.release(1); }
    @Override public int readHolds() { return sync.state() >>> 16; }
    @Override public boolean isWriteLocked() { return (sync.state() & WRITE_MASK) != 0; }

    /** {@code "<Variant>[read holds=<n>, write holds=<m>]"}. */
    @Override
    public String toString() {
        int state = sync.state();
        return getClass().getSimpleName() + "[read holds=" + (state >>> 16) + ", write holds=" + (state & WRITE_MASK) + "]";
    }
}
