package dev.interlock.model;

import dev.interlock.subjects.SemaphoreSubject;
import java.util.concurrent.TimeUnit;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * Counting (Python's {@code Semaphore} and {@code BoundedSemaphore}), started at {@value
 * #INITIAL}: {@code tryAcquire} takes a unit only if one is free, so {@code availablePermits}
 * never goes negative; {@code release(n)} adds {@code n}; on a bounded semaphore a release that
 * would go above the bound is refused <b>whole</b> ({@link IllegalStateException}, value
 * unchanged), so the value never exceeds the bound.
 *
 * <p>Only non-blocking operations: {@code tryAcquire()} and the timed-zero {@code tryAcquire(0)}
 * (Lincheck does not model time, so only a zero timeout may appear). Releases may come from any
 * thread (no ownership), so no thread ids are needed.
 */
@SuppressWarnings("this-escape") // the binding's factory runs in the constructor: one subject per Lincheck instance
public abstract class CountingModel extends LincheckModel {

    /** The initial value (and, bounded, the bound): 2, so that two units and an over-release all fit in 3 operations. */
    public static final int INITIAL = 2;

    private final SemaphoreSubject semaphore = newSemaphore(INITIAL);

    /** A new subject with {@code value} units. */
    protected abstract SemaphoreSubject newSemaphore(int value);

    /** Whether the subject is bounded at its initial value: selects {@link BoundedSpec}. */
    protected abstract boolean bounded();

    @Override protected String property() { return bounded() ? "counting-bounded" : "counting"; }
    @Override protected String subject() { return nameOf(semaphore); }
    @Override protected Class<?> specification() { return bounded() ? BoundedSpec.class : Spec.class; }

    /** Takes a unit if one is free. */
    @Operation
    public boolean tryAcquire() {
        return semaphore.tryAcquire();
    }

    /** Takes a unit if one is free, with a zero timeout (a poll). */
    @Operation
    public boolean tryAcquireZeroTimeout() throws InterruptedException {
        return semaphore.tryAcquire(0, TimeUnit.SECONDS);
    }

    /** Adds one unit; false if refused (bounded, at the bound). */
    @Operation
    public boolean release() {
        try {
            semaphore.release();
            return true;
        } catch (IllegalStateException refused) {
            return false;
        }
    }

    /** Adds two units at once; false if refused whole. */
    @Operation
    public boolean releaseTwo() {
        try {
            semaphore.release(2);
            return true;
        } catch (IllegalStateException refused) {
            return false;
        }
    }

    /** The current value. */
    @Operation
    public int availablePermits() {
        return semaphore.availablePermits();
    }

    /** Sequential specification of an unbounded semaphore. */
    public static class Spec {
        protected int value = INITIAL;

        public boolean tryAcquire() {
            if (value == 0) return false;
            value--;
            return true;
        }

        public boolean tryAcquireZeroTimeout() {
            return tryAcquire();
        }

        public boolean release() {
            return add(1);
        }

        public boolean releaseTwo() {
            return add(2);
        }

        protected boolean add(int n) {
            value += n;
            return true;
        }

        public int availablePermits() {
            return value;
        }
    }

    /** Sequential specification of a semaphore bounded at {@link #INITIAL}: over-release refused whole. */
    public static class BoundedSpec extends Spec {
        @Override
        protected boolean add(int n) {
            if (value + n > INITIAL) return false;
            value += n;
            return true;
        }
    }
}
