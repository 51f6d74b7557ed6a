package dev.interlock;

/**
 * A semaphore whose value may never exceed its initial value: Python's {@code
 * threading.BoundedSemaphore}.
 *
 * <p>Everything is as in {@link Semaphore}, except that a release that would raise the value
 * above the initial value (the bound) is refused whole: it throws and changes nothing. Such a
 * release is almost always a bug (a unit released twice), which this class turns into an error.
 *
 * <p><b>Memory consistency effects:</b> as {@link Semaphore}.
 */
public final class BoundedSemaphore extends Semaphore {

    /** Refuses, atomically and whole, a release that would exceed the bound. */
    private static final class BoundedSync extends Sync {
        private static final long serialVersionUID = 1L;
        private final int bound;

        BoundedSync(int bound) {
            super(bound);
            this.bound = bound;
        }

        @Override
        protected boolean tryReleaseShared(int releases) {
            for (;;) {
                int current = getState();
                // "current + releases > bound", written so that it cannot overflow.
                if (releases > bound - current) throw new IllegalStateException("Semaphore released too many times");
                if (compareAndSetState(current, current + releases)) return true;
            }
        }
    }

    private final int bound;

    /**
     * Creates a bounded semaphore with the given initial value, which is also its bound.
     *
     * @throws IllegalArgumentException ({@code "semaphore initial value must be >= 0"}) if
     *     {@code value < 0}
     */
    public BoundedSemaphore(int value) {
        super(new BoundedSync(checkedInitialValue(value)));
        this.bound = value;
    }

    /** Creates a bounded semaphore with value and bound 1 ({@code BoundedSemaphore()}). */
    public BoundedSemaphore() {
        this(1);
    }

    /**
     * Adds {@code n} units, unless the value would then exceed the bound.
     *
     * @throws IllegalArgumentException ({@code "n must be one or more"}) if {@code n < 1}
     * @throws IllegalStateException ({@code "Semaphore released too many times"}) if the value
     *     plus {@code n} would exceed the bound; the value is then unchanged
     */
    @Override
    public void release(int n) {
        super.release(n);
    }

    /** The bound: the initial value. */
    public int bound() {
        return bound;
    }

    /** Returns {@code "BoundedSemaphore[value=<n>/<bound>]"}. */
    @Override
    public String toString() {
        return "BoundedSemaphore[value=" + availablePermits() + "/" + bound + "]";
    }
}
