package dev.interlock.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/** {@link MutexBenchmark} on two threads sharing one lock: queueing, parking and hand-over. */
@Threads(2)
public class MutexContended extends MutexBenchmark {
}
