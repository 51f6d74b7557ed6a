package dev.interlock;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * A readers–writer lock: many threads may hold it for reading at once, or one thread for
 * writing. Python's {@code threading} has none; this one follows the conventions of {@link RLock}.
 *
 * <p><b>Policy: writer preference.</b> A thread that does not already hold the lock and asks for a
 * read hold waits behind every thread already waiting, so a reader never overtakes a waiting
 * writer, and a steady stream of readers cannot starve writers. A writer takes the lock as soon
 * as it is free, possibly ahead of threads already waiting (as {@link Lock} does), so a steady
 * stream of writers can delay readers. {@link #tryAcquireRead()} follows the policy too: it fails
 * while a writer waits, unless the caller already holds the lock.
 *
 * <p><b>Holds belong to threads.</b> Read holds are counted per thread; the write lock has one
 * owner. Only the thread that took a hold may release it.
 * <ul>
 *   <li><i>Reentrancy.</i> A thread may take more read holds while it holds one, and the write
 *       lock again while it owns it; each acquisition needs its own release. A thread that already
 *       holds the lock never waits for another read hold, even behind a waiting writer (it would
 *       wait for itself).</li>
 *   <li><i>Downgrade.</i> The writer may take read holds; releasing the write lock then leaves it
 *       a reader, and waiting readers may join it.</li>
 *   <li><i>No upgrade.</i> A thread that holds a read hold (and not the write lock) and asks for
 *       the write lock would wait for itself, and two such threads for each other. Every write
 *       acquisition refuses it at once with {@link IllegalMonitorStateException} ({@code "cannot
 *       acquire write lock while holding read lock"}); nothing changes. Release the read holds
 *       first.</li>
 * </ul>
 * At most 65,535 read holds (all threads together) and 65,535 write holds can be outstanding; one
 * more is refused with {@link Error} ({@code "Maximum lock count exceeded"}), as {@code
 * ReentrantReadWriteLock} does.
 *
 * <p>Naming, after {@link RLock}: {@link #acquireRead()}, {@link #tryAcquireRead()}, {@link
 * #tryAcquireRead(long, TimeUnit)}, {@link #releaseRead()}, the same for writing, and {@code with
 * lock:} is {@code try (Guard g = rw.readGuard())} or {@code try (Guard g = rw.writeGuard())}.
 *
 * <p><b>Interruption.</b> If the current thread has its interrupted status set on entry to an
 * interruptible method, or is interrupted while waiting, {@link InterruptedException} is thrown
 * and the current thread's interrupted status is cleared; no hold is taken. A reentrant
 * acquisition never waits, but an interruptible one still throws if the interrupted status is set
 * on entry. The status is checked before the upgrade.
 *
 * <p><b>Memory consistency effects:</b> actions in a thread prior to releasing the write lock
 * <i>happen-before</i> actions following a subsequent successful acquisition of a read hold or of
 * the write lock in another thread. Actions prior to releasing a read hold happen-before actions
 * following the next successful acquisition of the write lock.
 */
public final class ReadWriteLock {

    private static final String UPGRADE = "cannot acquire write lock while holding read lock";

    /**
     * State, as in ReentrantReadWriteLock: the high 16 bits count the read holds of all threads,
     * the low 16 bits the write holds of the owner (the exclusive owner thread while above 0).
     * Each thread's own read holds live in {@link #reads}: the upgrade check and the release check
     * need them, and a thread that holds the lock must never queue behind a waiting writer.
     */
    private static final class Sync extends AbstractQueuedSynchronizer {
        private static final long serialVersionUID = 1L;
        private static final int READ_UNIT = 1 << 16;
        private static final int MAX_COUNT = READ_UNIT - 1;

        /** The current thread's read hold count; absent while 0, so that no entry outlives its holds. */
        private final transient ThreadLocal<int[]> reads = new ThreadLocal<>();

        static int readCount(int state) {
            return state >>> 16;
        }

        static int writeCount(int state) {
            return state & MAX_COUNT;
        }

        int ownReads() {
            int[] mine = reads.get();
            return mine == null ? 0 : mine[0];
        }

        @Override
        protected boolean tryAcquire(int acquires) {
            Thread current = Thread.currentThread();
            int state = getState();
            if (state != 0) {
                int writes = writeCount(state);
                if (writes == 0 || getExclusiveOwnerThread() != current) {
                    if (writes == 0 && ownReads() > 0) throw new IllegalMonitorStateException(UPGRADE);
                    return false; // readers, or another writer
                }
                if (writes + acquires > MAX_COUNT) throw new Error("Maximum lock count exceeded"); // nothing changed
                setState(state + acquires); // reentrant: only the owner writes the state now
                return true;
            }
            if (!compareAndSetState(0, acquires)) return false;
            setExclusiveOwnerThread(current);
            return true;
        }

        @Override
        protected boolean tryRelease(int releases) {
            if (!isHeldExclusively()) throw new IllegalMonitorStateException("cannot release un-acquired write lock");
            int next = getState() - releases;
            boolean free = writeCount(next) == 0;
            if (free) setExclusiveOwnerThread(null);
            setState(next);
            return free; // waiting readers may now enter, even if the owner kept read holds (downgrade)
        }

        @Override
        protected int tryAcquireShared(int unused) {
            Thread current = Thread.currentThread();
            int[] mine = reads.get();
            boolean holding = mine != null && mine[0] > 0 || isHeldExclusively();
            // Writer preference: a new reader queues behind every waiting thread. Readers queue
            // only behind a writer (waiting or holding), so this never delays a reader for readers.
            if (!holding && hasQueuedPredecessors()) return -1;
            for (;;) {
                int state = getState();
                if (writeCount(state) != 0 && getExclusiveOwnerThread() != current) return -1;
                if (readCount(state) == MAX_COUNT) throw new Error("Maximum lock count exceeded"); // nothing changed
                if (compareAndSetState(state, state + READ_UNIT)) break;
            }
            if (mine == null) reads.set(mine = new int[1]);
            mine[0]++;
            return 1; // let the next queued reader in too
        }

        @Override
        protected boolean tryReleaseShared(int unused) {
            int[] mine = reads.get();
            if (mine == null) throw new IllegalMonitorStateException("cannot release un-acquired read lock");
            if (--mine[0] == 0) reads.remove();
            for (;;) {
                int state = getState();
                int next = state - READ_UNIT;
                if (compareAndSetState(state, next)) return next == 0; // a waiting writer may enter
            }
        }

        @Override
        protected boolean isHeldExclusively() {
            return writeCount(getState()) != 0 && getExclusiveOwnerThread() == Thread.currentThread();
        }

        int writeHolds() {
            return isHeldExclusively() ? writeCount(getState()) : 0;
        }

        int readLockCount() {
            return readCount(getState());
        }

        boolean isWriteLocked() {
            return writeCount(getState()) != 0;
        }

        /** The write owner, or null; read together with its count for a consistent toString. */
        Thread owner() {
            return getExclusiveOwnerThread();
        }

        int state() {
            return getState();
        }
    }

    private final Sync sync = new Sync();

    /** Creates an unlocked readers–writer lock. */
    public ReadWriteLock() {
    }

    /**
     * Takes a read hold: at once if the current thread already holds the lock (for reading or
     * writing); otherwise waiting while another thread holds the write lock or any thread is
     * already waiting (writer preference).
     *
     * @throws InterruptedException if the current thread is interrupted
     * @throws Error ({@code "Maximum lock count exceeded"}) if 65,535 read holds are outstanding
     */
    public void acquireRead() throws InterruptedException {
        sync.acquireSharedInterruptibly(1);
    }

    /**
     * As {@link #acquireRead()}, but if the current thread is interrupted while waiting it goes on
     * waiting; its interrupted status is set when this method returns.
     */
    public void acquireReadUninterruptibly() {
        sync.acquireShared(1);
    }

    /**
     * Takes a read hold only if the policy lets the current thread have it at the time of the
     * call: it already holds the lock, or nobody else holds the write lock and nobody waits.
     *
     * @return {@code true} if a read hold was taken
     */
    public boolean tryAcquireRead() {
        return sync.tryAcquireShared(1) >= 0;
    }

    /**
     * Takes a read hold if the policy lets the current thread have it within the given waiting
     * time. A timeout {@code <= 0} polls, as {@link #tryAcquireRead()}, and never waits.
     *
     * @return {@code true} if a read hold was taken, {@code false} if the waiting time elapsed
     * @throws InterruptedException if the current thread is interrupted
     * @throws NullPointerException if {@code unit} is null
     */
    public boolean tryAcquireRead(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.tryAcquireSharedNanos(1, unit.toNanos(timeout));
    }

    /**
     * As {@link #tryAcquireRead(long, TimeUnit)}, with the timeout as a {@link Duration}.
     *
     * @throws NullPointerException if {@code timeout} is null
     */
    public boolean tryAcquireRead(Duration timeout) throws InterruptedException {
        return tryAcquireRead(Timeouts.nanos(timeout), TimeUnit.NANOSECONDS);
    }

    /**
     * Gives back one read hold of the current thread. When the last read hold of all threads is
     * given back (and no thread writes), a waiting writer may proceed.
     *
     * @throws IllegalMonitorStateException ({@code "cannot release un-acquired read lock"}) if the
     *     current thread holds no read hold
     */
    public void releaseRead() {
        sync.releaseShared(1);
    }

    /**
     * Takes the write lock: at once, counting one more hold, if the current thread owns it;
     * otherwise waiting until no other thread holds the lock in either mode.
     *
     * @throws InterruptedException if the current thread is interrupted
     * @throws IllegalMonitorStateException ({@code "cannot acquire write lock while holding read
     *     lock"}) if the current thread holds a read hold and not the write lock (an upgrade)
     * @throws Error ({@code "Maximum lock count exceeded"}) if 65,535 write holds are outstanding
     */
    public void acquireWrite() throws InterruptedException {
        sync.acquireInterruptibly(1);
    }

    /**
     * As {@link #acquireWrite()}, but if the current thread is interrupted while waiting it goes on
     * waiting; its interrupted status is set when this method returns.
     *
     * @throws IllegalMonitorStateException if the current thread holds a read hold (an upgrade)
     */
    public void acquireWriteUninterruptibly() {
        sync.acquire(1);
    }

    /**
     * Takes the write lock if the current thread owns it or nobody holds the lock at the time of the
     * call. This method barges: it may take the lock ahead of threads already waiting.
     *
     * @return {@code true} if the write lock was taken
     * @throws IllegalMonitorStateException if the current thread holds a read hold (an upgrade)
     */
    public boolean tryAcquireWrite() {
        return sync.tryAcquire(1);
    }

    /**
     * Takes the write lock if the current thread owns it, or if no other thread holds the lock
     * within the given waiting time. A timeout {@code <= 0} polls and never waits.
     *
     * @return {@code true} if the write lock was taken, {@code false} if the waiting time elapsed
     * @throws InterruptedException if the current thread is interrupted
     * @throws IllegalMonitorStateException if the current thread holds a read hold (an upgrade)
     * @throws NullPointerException if {@code unit} is null
     */
    public boolean tryAcquireWrite(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.tryAcquireNanos(1, unit.toNanos(timeout));
    }

    /**
     * As {@link #tryAcquireWrite(long, TimeUnit)}, with the timeout as a {@link Duration}.
     *
     * @throws NullPointerException if {@code timeout} is null
     */
    public boolean tryAcquireWrite(Duration timeout) throws InterruptedException {
        return tryAcquireWrite(Timeouts.nanos(timeout), TimeUnit.NANOSECONDS);
    }

    /**
     * Gives back one write hold; at the last one the write lock is free, and waiting readers (or a
     * waiting writer, if nobody reads) may proceed.
     *
     * @throws IllegalMonitorStateException ({@code "cannot release un-acquired write lock"}) if the
     *     current thread does not own the write lock
     */
    public void releaseWrite() {
        sync.release(1);
    }

    /**
     * Takes a read hold as {@link #acquireRead()} and returns a guard that gives it back once when closed.
     *
     * @throws InterruptedException if the current thread is interrupted while waiting
     */
    public Guard readGuard() throws InterruptedException {
        acquireRead();
        return Guard.of(this::releaseRead);
    }

    /**
     * Takes the write lock as {@link #acquireWrite()} and returns a guard that gives it back once when closed.
     *
     * @throws InterruptedException if the current thread is interrupted while waiting
     * @throws IllegalMonitorStateException if the current thread holds a read hold (an upgrade)
     */
    public Guard writeGuard() throws InterruptedException {
        acquireWrite();
        return Guard.of(this::releaseWrite);
    }

    /** The number of read holds outstanding, of all threads. A snapshot. */
    public int getReadLockCount() {
        return sync.readLockCount();
    }

    /** Whether some thread holds the write lock. A snapshot. */
    public boolean isWriteLocked() {
        return sync.isWriteLocked();
    }

    /** Whether the current thread owns the write lock. */
    public boolean isWriteLockedByCurrentThread() {
        return sync.isHeldExclusively();
    }

    /** The current thread's read holds, 0 if it holds none. */
    public int getReadHoldCount() {
        return sync.ownReads();
    }

    /** The current thread's write holds, 0 if it does not own the write lock. */
    public int getWriteHoldCount() {
        return sync.writeHolds();
    }

    /**
     * Returns {@code "ReadWriteLock[unlocked]"}, {@code "ReadWriteLock[read holds=<n>]"}, {@code
     * "ReadWriteLock[write-locked by <thread name>, count=<n>]"} or, after a downgrade started,
     * {@code "ReadWriteLock[write-locked by <thread name>, count=<n>, read holds=<m>]"}.
     */
    @Override
    public String toString() {
        int state = sync.state();
        Thread owner = sync.owner();
        int reads = Sync.readCount(state);
        int writes = Sync.writeCount(state);
        if (writes == 0 || owner == null) {
            return reads == 0 ? "ReadWriteLock[unlocked]" : "ReadWriteLock[read holds=" + reads + "]";
        }
        return "ReadWriteLock[write-locked by " + owner.getName() + ", count=" + writes
                + (reads == 0 ? "" : ", read holds=" + reads) + "]";
    }
}
