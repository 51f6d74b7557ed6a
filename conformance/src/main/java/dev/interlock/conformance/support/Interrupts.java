package dev.interlock.conformance.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** The j.u.c interruption contract, checked the same way for every primitive (deviation D4). */
public final class Interrupts {
    private Interrupts() {
    }

    /**
     * Sets the current thread's interrupted status, runs {@code blockingCall}, and asserts that it
     * threw {@link InterruptedException} and cleared the status.
     */
    public static void assertInterruptedOnEntry(Executable blockingCall) {
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, blockingCall);
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupted status must be cleared");
    }
}
