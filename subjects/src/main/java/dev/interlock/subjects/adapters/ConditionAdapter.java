package dev.interlock.subjects.adapters;

import dev.interlock.Condition;
import dev.interlock.Guard;
import dev.interlock.subjects.ConditionSubject;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Interlock's {@link Condition} as a {@link ConditionSubject}. */
public record ConditionAdapter(Condition condition) implements ConditionSubject {
    @Override public void acquire() throws InterruptedException { condition.acquire(); }
    @Override public boolean tryAcquire() { return condition.tryAcquire(); }
    @Override public void release() { condition.release(); }
    @Override public Guard guard() throws InterruptedException { return condition.guard(); }
    @Override public void await() throws InterruptedException { condition.await(); }
    @Override public boolean await(long timeout, TimeUnit unit) throws InterruptedException { return condition.await(timeout, unit); }
    @Override public boolean awaitFor(BooleanSupplier predicate) throws InterruptedException { return condition.awaitFor(predicate); }
    @Override public boolean awaitFor(BooleanSupplier predicate, long timeout, TimeUnit unit) throws InterruptedException { return condition.awaitFor(predicate, timeout, unit); }
    @Override public void signal() { condition.signal(); }
    @Override public void signal(int n) { condition.signal(n); }
    @Override public void signalAll() { condition.signalAll(); }
    @Override public String toString() { return condition.toString(); }
}
