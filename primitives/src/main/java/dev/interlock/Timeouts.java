package dev.interlock;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Duration-to-nanoseconds conversion shared by every timed method. */
final class Timeouts {
    private Timeouts() {
    }

    /** The duration in nanoseconds, saturated to the {@code long} range as {@link TimeUnit} does. */
    static long nanos(Duration timeout) {
        if (timeout == null) throw new NullPointerException("timeout");
        return TimeUnit.NANOSECONDS.convert(timeout);
    }
}
