package dev.interlock.conformance;

import dev.interlock.conformance.support.Deadlines;
import dev.interlock.subjects.ReadWriteLockSubject;
import java.util.concurrent.TimeUnit;

/**
 * The two modes of a readers–writer lock and the ways of asking for each, so that a test of
 * {@link ReadWriteLockContract} runs once per form instead of repeating itself.
 */
final class ReadWriteForms {

    /** A short timeout for waits that must expire: long enough to measure, short enough to be cheap. */
    static final long SHORT_MILLIS = 100;

    private ReadWriteForms() {
    }

    /** Reading or writing. */
    enum Mode {
        READ, WRITE;

        void release(ReadWriteLockSubject lock) {
            if (this == READ) lock.releaseRead();
            else lock.releaseWrite();
        }
    }

    /** How a hold is asked for. */
    enum Form {
        /** {@code acquireRead()} / {@code acquireWrite()}: waits as long as necessary. */
        UNTIMED(true),
        /** {@code readGuard()} / {@code writeGuard()}: as untimed; the guard is dropped, the hold kept. */
        GUARD(true),
        /** A timeout far longer than any passing test waits: waits, interruptibly. */
        LONG_TIMEOUT(true),
        /** {@link #SHORT_MILLIS}: waits a little, then gives up. */
        SHORT_TIMEOUT(true),
        /** {@code tryAcquireRead()} / {@code tryAcquireWrite()}: never waits. */
        POLL(false),
        /** A zero timeout: polls (deviation D1). */
        ZERO_TIMEOUT(true),
        /** A negative timeout: polls (deviation D1). */
        NEGATIVE_TIMEOUT(true);

        /** Whether the form declares {@link InterruptedException}, and so checks the interrupted status. */
        final boolean interruptible;

        Form(boolean interruptible) {
            this.interruptible = interruptible;
        }

        /** Whether the form may wait at all. */
        boolean waits() {
            return this == UNTIMED || this == GUARD || this == LONG_TIMEOUT || this == SHORT_TIMEOUT;
        }

        /** Asks for a hold in {@code mode}; true if it was taken (the caller then holds it). */
        // GUARD: the guard is dropped; the caller gives the hold back through Mode.release
        boolean take(ReadWriteLockSubject lock, Mode mode) throws InterruptedException {
            boolean read = mode == Mode.READ;
            switch (this) {
                case UNTIMED -> {
                    if (read) lock.acquireRead();
                    else lock.acquireWrite();
                    return true;
                }
                case GUARD -> {
                    if (read) lock.readGuard();
                    else lock.writeGuard();
                    return true;
                }
                case POLL -> {
                    return read ? lock.tryAcquireRead() : lock.tryAcquireWrite();
                }
                default -> {
                    long millis = switch (this) {
                        case LONG_TIMEOUT -> Deadlines.DEFAULT.toMillis();
                        case SHORT_TIMEOUT -> SHORT_MILLIS;
                        case ZERO_TIMEOUT -> 0;
                        default -> -1;
                    };
                    return read ? lock.tryAcquireRead(millis, TimeUnit.MILLISECONDS)
                            : lock.tryAcquireWrite(millis, TimeUnit.MILLISECONDS);
                }
            }
        }
    }
}
