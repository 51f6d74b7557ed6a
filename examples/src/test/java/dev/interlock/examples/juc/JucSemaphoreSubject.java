package dev.interlock.examples.juc;

import dev.interlock.subjects.SemaphoreSubject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** {@link java.util.concurrent.Semaphore} as a {@link SemaphoreSubject} (Python's {@code Semaphore}). */
public record JucSemaphoreSubject(Semaphore semaphore) implements SemaphoreSubject {
    public JucSemaphoreSubject(int permits) { this(new Semaphore(permits)); }
    @Override public void acquire() throws InterruptedException { semaphore.acquire(); }
    @Override public void acquireUninterruptibly() { semaphore.acquireUninterruptibly(); }
    @Override public boolean tryAcquire() { return semaphore.tryAcquire(); }
    @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return semaphore.tryAcquire(timeout, unit); }
    @Override public void release() { semaphore.release(); }
    @Override public void release(int n) { semaphore.release(n); }
    @Override public int availablePermits() { return semaphore.availablePermits(); }
    @Override public String toString() { return semaphore.toString(); }
}
