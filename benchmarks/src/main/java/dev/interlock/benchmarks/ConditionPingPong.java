package dev.interlock.benchmarks;

import dev.interlock.Condition;
import dev.interlock.Lock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Control;

/**
 * Two threads taking turns through a condition variable (see {@link Turns}): Interlock's {@code
 * Condition} over its default {@code RLock} and over the ownerless {@code Lock}, against an AQS
 * {@code ConditionObject} ({@code ReentrantLock.newCondition()}). One operation is one turn of
 * one thread; each turn wakes the other thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConditionPingPong {

    /** {@code Condition()}: over a new {@code RLock}, as in Python. */
    @State(Scope.Group)
    public static class OverRLock extends Turns {
        private final Condition cond = new Condition();

        @Override protected void lock() throws InterruptedException { cond.acquire(); }
        @Override protected void unlock() { cond.release(); }
        @Override protected void await() throws InterruptedException { cond.await(); }
        @Override protected void signal() { cond.signal(); }
    }

    /** {@code Condition(Lock())}: over the ownerless lock, as Python's Barrier and Event use it. */
    @State(Scope.Group)
    public static class OverLock extends Turns {
        private final Condition cond = new Condition(new Lock());

        @Override protected void lock() throws InterruptedException { cond.acquire(); }
        @Override protected void unlock() { cond.release(); }
        @Override protected void await() throws InterruptedException { cond.await(); }
        @Override protected void signal() { cond.signal(); }
    }

    /** The peer: {@code ReentrantLock} and its {@code ConditionObject}. */
    @State(Scope.Group)
    public static class Aqs extends Turns {
        private final ReentrantLock lock = new ReentrantLock();
        private final java.util.concurrent.locks.Condition cond = lock.newCondition();

        @Override protected void lock() { lock.lock(); }
        @Override protected void unlock() { lock.unlock(); }
        @Override protected void await() throws InterruptedException { cond.await(); }
        @Override protected void signal() { cond.signal(); }
    }

    @Benchmark
    @Group("condition")
    @GroupThreads(1)
    public void conditionA(OverRLock t, Control c) throws InterruptedException {
        t.take(0, c);
    }

    @Benchmark
    @Group("condition")
    @GroupThreads(1)
    public void conditionB(OverRLock t, Control c) throws InterruptedException {
        t.take(1, c);
    }

    @Benchmark
    @Group("conditionOverLock")
    @GroupThreads(1)
    public void conditionOverLockA(OverLock t, Control c) throws InterruptedException {
        t.take(0, c);
    }

    @Benchmark
    @Group("conditionOverLock")
    @GroupThreads(1)
    public void conditionOverLockB(OverLock t, Control c) throws InterruptedException {
        t.take(1, c);
    }

    @Benchmark
    @Group("conditionObject")
    @GroupThreads(1)
    public void conditionObjectA(Aqs t, Control c) throws InterruptedException {
        t.take(0, c);
    }

    @Benchmark
    @Group("conditionObject")
    @GroupThreads(1)
    public void conditionObjectB(Aqs t, Control c) throws InterruptedException {
        t.take(1, c);
    }
}
