package dev.interlock.variants.adapters;

import dev.interlock.subjects.EventSubject;
import dev.interlock.variants.NonVolatileStopFlag;
import java.util.concurrent.TimeUnit;

/**
 * The broken {@link NonVolatileStopFlag} as an {@link EventSubject}, so that it runs through the
 * same tests as {@link dev.interlock.Event}. The waits spin on the plain flag (with {@link
 * Thread#onSpinWait()}); only {@link #isSet()} matters to the demonstration.
 */
public record NonVolatileStopFlagAdapter(NonVolatileStopFlag flag) implements EventSubject {

    /** A new adapter over a new, clear flag. */
    public static NonVolatileStopFlagAdapter create() {
        return new NonVolatileStopFlagAdapter(new NonVolatileStopFlag());
    }

    @Override
    public void set() {
        flag.set();
    }

    @Override
    public void clear() {
        flag.clear();
    }

    @Override
    public boolean isSet() {
        return flag.isSet();
    }

    @Override
    public void await() throws InterruptedException {
        while (!flag.isSet()) {
            if (Thread.interrupted()) throw new InterruptedException();
            Thread.onSpinWait();
        }
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!flag.isSet()) {
            if (Thread.interrupted()) throw new InterruptedException();
            if (deadline - System.nanoTime() <= 0) return false;
            Thread.onSpinWait();
        }
        return true;
    }

    @Override
    public String toString() {
        return flag.toString();
    }
}
