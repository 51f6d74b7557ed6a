package dev.interlock.variants.adapters;

import dev.interlock.subjects.SemaphoreSubject;
import dev.interlock.variants.RacySemaphore;
import java.util.concurrent.TimeUnit;

/** The broken {@link RacySemaphore} as a {@link SemaphoreSubject}, to run through the same tests as {@link dev.interlock.Semaphore}. */
public record RacySemaphoreAdapter(RacySemaphore semaphore) implements SemaphoreSubject {
    /** A new adapter over a new semaphore with {@code value} units. */
    public static RacySemaphoreAdapter create(int value) { return new RacySemaphoreAdapter(new RacySemaphore(value)); }

    @Override public void acquire() throws InterruptedException { semaphore.acquire(); }
    @Override public void acquireUninterruptibly() { semaphore.acquireUninterruptibly(); }
    @Override public boolean tryAcquire() { return semaphore.tryAcquire(); }
    @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return semaphore.tryAcquire(timeout, unit); }
    @Override public void release() { semaphore.release(1); }
    @Override public void release(int n) { semaphore.release(n); }
    @Override public int availablePermits() { return semaphore.availablePermits(); }
    @Override public String toString() { return semaphore.toString(); }
}
