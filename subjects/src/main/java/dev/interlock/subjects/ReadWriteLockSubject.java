package dev.interlock.subjects;

import dev.interlock.Guard;
import java.util.concurrent.TimeUnit;

/**
 * A readers–writer-lock-like subject: many readers or one writer. Implemented by an adapter
 * around the primitive under test; exceptions pass through unchanged. Read holds and write holds
 * belong to the thread that took them; whether holds are reentrant, and what happens when a reader
 * asks for the write lock, is the contract's business (Interlock's {@code ReadWriteLock} refuses
 * the upgrade with {@link IllegalMonitorStateException} instead of deadlocking).
 */
public interface ReadWriteLockSubject {

    /** Takes a read hold, waiting as long as necessary; interruptible. */
    void acquireRead() throws InterruptedException;

    /** Takes a read hold only if it can be had now. */
    boolean tryAcquireRead();

    /** Takes a read hold if it can be had within the timeout; a timeout {@code <= 0} polls. */
    boolean tryAcquireRead(long timeout, TimeUnit unit) throws InterruptedException;

    /** Gives back one read hold of the calling thread. */
    void releaseRead();

    /** Takes the write hold, waiting as long as necessary; interruptible. */
    void acquireWrite() throws InterruptedException;

    /** Takes the write hold only if it can be had now. */
    boolean tryAcquireWrite();

    /** Takes the write hold if it can be had within the timeout; a timeout {@code <= 0} polls. */
    boolean tryAcquireWrite(long timeout, TimeUnit unit) throws InterruptedException;

    /** Gives back the write hold of the calling thread. */
    void releaseWrite();

    /** The number of read holds currently taken, by all threads. */
    int readHolds();

    /** Whether some thread holds the write lock. */
    boolean isWriteLocked();

    /** Takes a read hold and returns a guard that gives it back once when closed. */
    default Guard readGuard() throws InterruptedException {
        acquireRead();
        return Guard.of(this::releaseRead);
    }

    /** Takes the write hold and returns a guard that gives it back once when closed. */
    default Guard writeGuard() throws InterruptedException {
        acquireWrite();
        return Guard.of(this::releaseWrite);
    }
}
