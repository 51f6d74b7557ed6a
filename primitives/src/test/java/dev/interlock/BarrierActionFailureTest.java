package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An action that throws <em>anything</em> breaks the barrier, as CPython's bare {@code except:}
 * does — including a checked exception smuggled through {@link Runnable} (Kotlin, Lombok's
 * {@code @SneakyThrows}). The last party gets the action's exception, the others {@link
 * BrokenBarrierException}.
 */
@Timeout(30)
class BarrierActionFailureTest {

    @Test
    void actionThrowingACheckedExceptionBreaksTheBarrier() throws Exception {
        IOException failure = new IOException("checked, from the action");
        Barrier barrier = new Barrier(2, () -> sneakyThrow(failure));

        CompletableFuture<Integer> waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return barrier.await();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (barrier.getNumberWaiting() < 1 && System.nanoTime() < deadline) Thread.onSpinWait();
        assertEquals(1, barrier.getNumberWaiting(), "the first party never arrived");

        Throwable thrown = null;
        try {
            barrier.await();
        } catch (Throwable t) {
            thrown = t;
        }
        assertSame(failure, thrown);
        assertTrue(barrier.isBroken());
        ExecutionException other = assertThrows(ExecutionException.class, waiter::get);
        assertTrue(other.getCause().getCause() instanceof BrokenBarrierException, other.toString());
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
