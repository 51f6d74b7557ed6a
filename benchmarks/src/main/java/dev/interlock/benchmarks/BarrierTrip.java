package dev.interlock.benchmarks;

import dev.interlock.Barrier;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Control;

/**
 * Two threads meeting at a two-party barrier, again and again: Interlock's {@code Barrier(2)}
 * against {@code CyclicBarrier(2)}. One operation is one {@code await}, that is one trip.
 *
 * <p><b>Ending an iteration.</b> Once {@link Control#stopMeasurement} is set, a thread awaits
 * with a zero timeout instead: it trips the barrier if the partner waits, and otherwise breaks it,
 * which makes the partner's next {@code await} return at once (both barriers behave alike here).
 * Fresh barriers are made before each iteration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Threads(2)
public class BarrierTrip {

    private Barrier barrier;
    private CyclicBarrier cyclicBarrier;

    @Setup(Level.Iteration)
    public void setUp() {
        barrier = new Barrier(2);
        cyclicBarrier = new CyclicBarrier(2);
    }

    @Benchmark
    public int barrier(Control control) throws InterruptedException {
        try {
            return control.stopMeasurement ? barrier.await(0, TimeUnit.NANOSECONDS) : barrier.await();
        } catch (BrokenBarrierException | TimeoutException e) {
            return -1; // only after measurement stopped: see the class comment
        }
    }

    @Benchmark
    public int cyclicBarrier(Control control) throws InterruptedException {
        try {
            return control.stopMeasurement ? cyclicBarrier.await(0, TimeUnit.NANOSECONDS) : cyclicBarrier.await();
        } catch (BrokenBarrierException | TimeoutException e) {
            return -1; // only after measurement stopped: see the class comment
        }
    }
}
