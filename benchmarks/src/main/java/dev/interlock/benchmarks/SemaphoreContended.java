package dev.interlock.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/** {@link SemaphoreBenchmark} on two threads sharing one unit: queueing, parking and hand-over. */
@Threads(2)
public class SemaphoreContended extends SemaphoreBenchmark {
}
