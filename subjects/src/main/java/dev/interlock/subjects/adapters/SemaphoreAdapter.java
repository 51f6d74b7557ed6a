package dev.interlock.subjects.adapters;

import dev.interlock.Guard;
import dev.interlock.Semaphore;
import dev.interlock.subjects.SemaphoreSubject;
import java.util.concurrent.TimeUnit;

/** Interlock's {@link Semaphore} or {@link dev.interlock.BoundedSemaphore} as a {@link SemaphoreSubject}. */
public record SemaphoreAdapter(Semaphore semaphore) implements SemaphoreSubject {
    @Override public void acquire() throws InterruptedException { semaphore.acquire(); }
    @Override public void acquireUninterruptibly() { semaphore.acquireUninterruptibly(); }
    @Override public boolean tryAcquire() { return semaphore.tryAcquire(); }
    @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return semaphore.tryAcquire(timeout, unit); }
    @Override public void release() { semaphore.release(); }
    @Override public void release(int n) { semaphore.release(n); }
    @Override public int availablePermits() { return semaphore.availablePermits(); }
    @Override public Guard guard() throws InterruptedException { return semaphore.guard(); }
    @Override public String toString() { return semaphore.toString(); }
}
