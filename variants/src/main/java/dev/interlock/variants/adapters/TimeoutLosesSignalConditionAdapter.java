package dev.interlock.variants.adapters;

import dev.interlock.subjects.ConditionSubject;
import dev.interlock.variants.TimeoutLosesSignalCondition;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The broken {@link TimeoutLosesSignalCondition} as a {@link ConditionSubject}, to run through the same tests as {@link dev.interlock.Condition}. */
public record TimeoutLosesSignalConditionAdapter(TimeoutLosesSignalCondition cond) implements ConditionSubject {
    @Override public void acquire() throws InterruptedException { cond.acquire(); }
    @Override public boolean tryAcquire() { return cond.tryAcquire(); }
    @Override public void release() { cond.release(); }
    @Override public void await() throws InterruptedException { cond.await(); }
    @Override public boolean await(long timeout, TimeUnit unit) throws InterruptedException { return cond.await(timeout, unit); }
    @Override public boolean awaitFor(BooleanSupplier predicate) throws InterruptedException { return cond.awaitFor(predicate); }
    @Override public boolean awaitFor(BooleanSupplier predicate, long timeout, TimeUnit unit) throws InterruptedException { return cond.awaitFor(predicate, timeout, unit); }
    @Override public void signal() { cond.signal(); }
    @Override public void signal(int n) { cond.signal(n); }
    @Override public void signalAll() { cond.signalAll(); }
    @Override public String toString() { return cond.toString(); }
}
