package dev.interlock.benchmarks.verification;

import dev.interlock.Lock;
import dev.interlock.model.MutexCounterModel;
import dev.interlock.subjects.MutexSubject;
import dev.interlock.subjects.adapters.LockAdapter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference model: the mutex contract (acquire–increment–release and a read under the lock)
 * bound to {@code Lock}, exactly as model-tests' {@code LockCounterModelTest} binds it. Public with
 * a no-arg constructor: Lincheck makes one instance per invocation.
 */
public class LockMutexModel extends MutexCounterModel {

    /** Instances made so far: one per invocation, read by {@link LincheckCost} when it stops a run at its time cap. */
    static final AtomicLong INSTANCES = new AtomicLong();

    public LockMutexModel() {
        INSTANCES.incrementAndGet();
    }

    @Override
    protected MutexSubject newLock() {
        return new LockAdapter(new Lock());
    }
}
