package dev.interlock.examples;

import dev.interlock.subjects.MutexSubject;
import java.util.concurrent.TimeUnit;

/** The one adapter a user writes: {@link TicketLock} as a {@link MutexSubject}, for every engine. */
public record TicketLockSubject(TicketLock lock) implements MutexSubject {
    public TicketLockSubject() { this(new TicketLock()); }
    @Override public void acquire() throws InterruptedException { lock.acquire(); }
    @Override public void acquireUninterruptibly() { lock.acquireUninterruptibly(); }
    @Override public boolean tryAcquire() { return lock.tryAcquire(); }
    @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return lock.tryAcquire(timeout, unit); }
    @Override public void release() { lock.release(); }
    @Override public boolean isLocked() { return lock.isLocked(); }
    @Override public String toString() { return lock.toString(); }
}
