package dev.interlock.benchmarks;

import dev.interlock.Lock;
import dev.interlock.RLock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One critical section — acquire, increment a plain counter, release — under each lock. The
 * subclasses fix the thread count: {@link MutexUncontended} (1) and {@link MutexContended} (2).
 *
 * <p>Each side is called the way its users write it: Interlock's {@code acquire()} (Python's
 * {@code acquire()}, interruptible) against {@code ReentrantLock.lock()} and {@code synchronized}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public abstract class MutexBenchmark {

    private final Lock lock = new Lock();
    private final RLock rlock = new RLock();
    private final ReentrantLock reentrantLock = new ReentrantLock();
    private final Object monitor = new Object();
    private int counter; // guarded by whichever lock the benchmark uses; returned so it is not dead code

    @Benchmark
    public int lock() throws InterruptedException {
        lock.acquire();
        try {
            return ++counter;
        } finally {
            lock.release();
        }
    }

    @Benchmark
    public int rlock() throws InterruptedException {
        rlock.acquire();
        try {
            return ++counter;
        } finally {
            rlock.release();
        }
    }

    @Benchmark
    public int reentrantLock() {
        reentrantLock.lock();
        try {
            return ++counter;
        } finally {
            reentrantLock.unlock();
        }
    }

    @Benchmark
    public int synchronizedBlock() {
        synchronized (monitor) {
            return ++counter;
        }
    }
}
