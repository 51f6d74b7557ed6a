package dev.interlock.variants;

/**
 * <b>Broken on purpose:</b> a counter whose {@link #increment()} is a plain {@code value++}.
 *
 * <p>{@code value++} is three steps (read, add, write), not one. Two threads that increment at
 * the same time can both read the same value and both write it plus one: one increment is lost
 * (a <i>lost update</i>). Nothing makes the write visible to other threads either. The correct
 * forms are an increment under a lock ({@code Lock_01_MutualExclusion}) or an atomic
 * read-modify-write ({@link java.util.concurrent.atomic.AtomicInteger#incrementAndGet()}).
 *
 * <p>Demonstrated by the jcstress test {@code RacyCounter_01_MutualExclusion}: two actors
 * increment once each and the counter ends at 1.
 */
public final class RacyCounter {
    private int value;

    /** Adds one, non-atomically. */
    public void increment() {
        value++;
    }

    /** The current value, read without any synchronization. */
    public int get() {
        return value;
    }

    @Override
    public String toString() {
        return "RacyCounter[value=" + value + "]";
    }
}
