package dev.interlock.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/** {@link SemaphoreBenchmark} on one thread: the fast path, no waiting. */
@Threads(1)
public class SemaphoreUncontended extends SemaphoreBenchmark {
}
