package dev.interlock.examples.juc;

import dev.interlock.subjects.ReentrantMutexSubject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link ReentrantLock} as a {@link ReentrantMutexSubject} (Python's {@code RLock}), and so also as
 * a {@link dev.interlock.subjects.MutexSubject} (Python's {@code Lock}, where it deviates: it is
 * owned and reentrant). Every method is j.u.c's own; nothing is emulated.
 */
public record ReentrantLockSubject(ReentrantLock lock) implements ReentrantMutexSubject {
    public ReentrantLockSubject() { this(new ReentrantLock()); }
    @Override public void acquire() throws InterruptedException { lock.lockInterruptibly(); }
    @Override public void acquireUninterruptibly() { lock.lock(); }
    @Override public boolean tryAcquire() { return lock.tryLock(); }
    @Override public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return lock.tryLock(timeout, unit); }
    @Override public void release() { lock.unlock(); }
    @Override public boolean isLocked() { return lock.isLocked(); }
    @Override public boolean isHeldByCurrentThread() { return lock.isHeldByCurrentThread(); }
    @Override public int getHoldCount() { return lock.getHoldCount(); }
    @Override public String toString() { return lock.toString(); }
}
