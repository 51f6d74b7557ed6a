package dev.interlock.subjects;

/** A reentrant, owned lock-like subject: Python's {@code RLock}. */
public interface ReentrantMutexSubject extends MutexSubject {

    /** Whether the current thread owns the lock ({@code _is_owned()}). */
    boolean isHeldByCurrentThread();

    /** The current thread's hold count, 0 when it does not own the lock ({@code _recursion_count()}). */
    int getHoldCount();
}
