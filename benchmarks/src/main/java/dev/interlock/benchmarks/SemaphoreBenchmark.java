package dev.interlock.benchmarks;

import dev.interlock.BoundedSemaphore;
import dev.interlock.Semaphore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Take one unit, increment a plain counter, give the unit back, on semaphores of value 1 (so
 * that two threads really contend). The subclasses fix the thread count: {@link
 * SemaphoreUncontended} (1) and {@link SemaphoreContended} (2). The peer is the non-fair {@code
 * java.util.concurrent.Semaphore}, as CPython's semaphores are not fair.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public abstract class SemaphoreBenchmark {

    private final Semaphore semaphore = new Semaphore(1);
    private final BoundedSemaphore boundedSemaphore = new BoundedSemaphore(1);
    private final java.util.concurrent.Semaphore jucSemaphore = new java.util.concurrent.Semaphore(1);
    private int counter; // guarded by the semaphore of value 1

    @Benchmark
    public int semaphore() throws InterruptedException {
        semaphore.acquire();
        try {
            return ++counter;
        } finally {
            semaphore.release();
        }
    }

    @Benchmark
    public int boundedSemaphore() throws InterruptedException {
        boundedSemaphore.acquire();
        try {
            return ++counter;
        } finally {
            boundedSemaphore.release();
        }
    }

    @Benchmark
    public int jucSemaphore() throws InterruptedException {
        jucSemaphore.acquire();
        try {
            return ++counter;
        } finally {
            jucSemaphore.release();
        }
    }
}
