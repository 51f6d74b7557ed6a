package dev.interlock.conformance.support;

/** A task for a worker thread; anything it throws fails the test that started it. */
@FunctionalInterface
public interface ThrowingRunnable {
    void run() throws Exception;
}
