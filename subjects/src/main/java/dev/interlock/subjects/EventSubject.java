package dev.interlock.subjects;

import java.util.concurrent.TimeUnit;

/** An event subject: Python's {@code Event}. */
public interface EventSubject {

    /** Sets the flag and wakes every waiter. */
    void set();

    /** Clears the flag. */
    void clear();

    /** Whether the flag is set. */
    boolean isSet();

    /** Waits until the flag is set. */
    void await() throws InterruptedException;

    /** Waits at most the timeout; true if set on entry or woken by a set. A timeout {@code <= 0} polls. */
    boolean await(long timeout, TimeUnit unit) throws InterruptedException;
}
