package dev.interlock.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/** {@link MutexBenchmark} on one thread: the fast path, no waiting. */
@Threads(1)
public class MutexUncontended extends MutexBenchmark {
}
