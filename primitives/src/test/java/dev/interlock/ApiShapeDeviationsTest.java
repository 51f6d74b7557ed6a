package dev.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The deviations of docs/semantics.md that are about the shape of the API rather than about
 * behaviour: asserted by reflection, so that a change of shape cannot go unnoticed.
 */
class ApiShapeDeviationsTest {

    private static final List<Class<?>> ACQUIRABLE = List.of(Lock.class, RLock.class, Semaphore.class, Condition.class);

    // Deviation D2: no `blocking` flag and no -1/None sentinels; one method per way of waiting.
    @Test
    void acquirableTypesOfferUntimedPollingAndTimedFormsAndNoBlockingFlag() throws NoSuchMethodException {
        for (Class<?> type : ACQUIRABLE) {
            assertEquals(void.class, type.getMethod("acquire").getReturnType(), type + ".acquire()");
            assertEquals(void.class, type.getMethod("acquireUninterruptibly").getReturnType(), type + ".acquireUninterruptibly()");
            assertEquals(boolean.class, type.getMethod("tryAcquire").getReturnType(), type + ".tryAcquire()");
            assertEquals(boolean.class, type.getMethod("tryAcquire", long.class, TimeUnit.class).getReturnType());
            assertEquals(boolean.class, type.getMethod("tryAcquire", Duration.class).getReturnType());
            for (Method method : type.getMethods()) {
                assertTrue(Arrays.stream(method.getParameterTypes()).noneMatch(p -> p == boolean.class || p == Boolean.class),
                        type.getSimpleName() + "." + method.getName() + " takes a boolean flag");
            }
        }
    }

    // Deviation D10: the untimed waits can only succeed, so they return nothing (as CountDownLatch.await()).
    @Test
    void untimedEventAndConditionWaitsReturnVoid() throws NoSuchMethodException {
        assertEquals(void.class, Event.class.getMethod("await").getReturnType());
        assertEquals(void.class, Condition.class.getMethod("await").getReturnType());
        assertEquals(boolean.class, Event.class.getMethod("await", long.class, TimeUnit.class).getReturnType());
        assertEquals(boolean.class, Condition.class.getMethod("await", long.class, TimeUnit.class).getReturnType());
    }

    // Deviation D11: the predicate is a BooleanSupplier and its last value is returned as a boolean.
    @Test
    void awaitForTakesABooleanSupplierAndReturnsItsLastValue() throws Exception {
        assertEquals(boolean.class, Condition.class.getMethod("awaitFor", BooleanSupplier.class).getReturnType());
        assertEquals(boolean.class,
                Condition.class.getMethod("awaitFor", BooleanSupplier.class, long.class, TimeUnit.class).getReturnType());
        assertEquals(boolean.class, Condition.class.getMethod("awaitFor", BooleanSupplier.class, Duration.class).getReturnType());
    }

    // Deviation D19: counts are ints; there is no floating-point value or party count.
    @Test
    void countsAreInts() throws NoSuchMethodException {
        assertTrue(Modifier.isPublic(Semaphore.class.getConstructor(int.class).getModifiers()));
        assertTrue(Modifier.isPublic(BoundedSemaphore.class.getConstructor(int.class).getModifiers()));
        assertTrue(Modifier.isPublic(Barrier.class.getConstructor(int.class).getModifiers()));
        for (Class<?> type : List.of(Semaphore.class, BoundedSemaphore.class, Barrier.class)) {
            assertTrue(Arrays.stream(type.getConstructors()).allMatch(c -> c.getParameterCount() == 0 || c.getParameterTypes()[0] == int.class),
                    type + " has a constructor whose count is not an int");
        }
    }
}
