package dev.interlock.model;

import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.SemaphoreSubject;
import java.util.concurrent.TimeUnit;

/**
 * A semaphore of value 1 seen as a mutex: acquire takes the unit, release gives it back, {@code
 * isLocked} is "no unit free". Exceptions pass through (a {@code BoundedSemaphore}'s over-release
 * is {@link IllegalStateException}; a plain {@code Semaphore}'s is accepted).
 */
public record SemaphoreAsMutex(SemaphoreSubject semaphore) implements MutexSubject {
    @Override public void acquire() throws InterruptedException { semaphore.acquire(); }
    @Override public void acquireUninterruptibly() { semaphore.acquireUninterruptibly(); }
    @Override public boolean tryAcquire() { return semaphore.tryAcquire(); }
    @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return semaphore.tryAcquire(timeout, unit); }
    @Override public void release() { semaphore.release(); }
    @Override public boolean isLocked() { return semaphore.availablePermits() == 0; }
    @Override public String toString() { return semaphore.toString(); }
}
