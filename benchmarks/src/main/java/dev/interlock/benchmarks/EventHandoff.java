package dev.interlock.benchmarks;

import dev.interlock.Event;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Control;

/**
 * The set/await hand-off: two threads pass the turn back and forth, each round through a fresh
 * {@code Event} or {@code CountDownLatch(1)} (see {@link Relay}). One operation is one round trip
 * (two hand-offs, each a wake-up of a parked thread).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventHandoff {

    @State(Scope.Group)
    public static class Events extends Relay<Event> {
        @Setup(Level.Iteration)
        public void setUp() {
            reset();
        }

        @Override protected Event newSignal() { return new Event(); }
        @Override protected void set(Event e) { e.set(); }
        @Override protected void await(Event e) throws InterruptedException { e.await(); }
    }

    @State(Scope.Group)
    public static class Latches extends Relay<CountDownLatch> {
        @Setup(Level.Iteration)
        public void setUp() {
            reset();
        }

        @Override protected CountDownLatch newSignal() { return new CountDownLatch(1); }
        @Override protected void set(CountDownLatch l) { l.countDown(); }
        @Override protected void await(CountDownLatch l) throws InterruptedException { l.await(); }
    }

    @Benchmark
    @Group("event")
    @GroupThreads(1)
    public void eventPing(Events relay, Control control) throws InterruptedException {
        relay.ping(control);
    }

    @Benchmark
    @Group("event")
    @GroupThreads(1)
    public void eventPong(Events relay, Control control) throws InterruptedException {
        relay.pong(control);
    }

    @Benchmark
    @Group("countDownLatch")
    @GroupThreads(1)
    public void latchPing(Latches relay, Control control) throws InterruptedException {
        relay.ping(control);
    }

    @Benchmark
    @Group("countDownLatch")
    @GroupThreads(1)
    public void latchPong(Latches relay, Control control) throws InterruptedException {
        relay.pong(control);
    }
}
