package dev.interlock.benchmarks;

import dev.interlock.Event;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/** Waiting for a flag that is already up: {@code Event.await()} on a set event, {@code await()} on an open latch. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Threads(1)
public class EventAwaitAfterSet {

    private final Event event = new Event();
    private final CountDownLatch latch = new CountDownLatch(1);

    public EventAwaitAfterSet() {
        event.set();
        latch.countDown();
    }

    @Benchmark
    public void event() throws InterruptedException {
        event.await();
    }

    @Benchmark
    public void countDownLatch() throws InterruptedException {
        latch.await();
    }
}
