package dev.interlock.model;

/** What a Lincheck run showed, classified from the failure title Lincheck prints. */
public enum Outcome {
    /** No failure within the budget. */
    HOLDS,
    /**
     * A wrong result: {@code = Invalid execution results =} (data-structure API, not linearizable)
     * or {@code = Concurrent test failed =} (general API, an assertion of the test failed).
     */
    WRONG_RESULT,
    /** A hang: {@code = The execution has hung =} or {@code = Concurrent test has hung =} (deadlock or livelock). */
    HANG,
    /** Anything else: an unexpected exception, a Lincheck error. Nothing is known about the property. */
    ERROR
}
