package dev.interlock.mutation;

/**
 * One mutant of PIT's {@code mutations.xml}.
 *
 * @param mutator the mutator's simple name, e.g. {@code VoidMethodCallMutator}
 */
record Mutant(Status status, String mutatedClass, String method, int line, String mutator, String description) {

    /** PIT's detection statuses ({@code DetectionStatus}). */
    enum Status {
        /** A test failed: an assertion or an exception. */
        KILLED,
        /** A test ran past PIT's timeout: the mutant hung it. */
        TIMED_OUT,
        MEMORY_ERROR,
        SURVIVED,
        NO_COVERAGE,
        RUN_ERROR,
        NON_VIABLE,
        NOT_STARTED,
        STARTED,
        /** Only from PIT extensions that prove a mutant equivalent; none is used here. */
        EQUIVALENT;

        /** The status PIT wrote, or a clear error for one this summary does not know. */
        static Status of(String name) {
            try {
                return valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown PIT status '" + name + "': add it to Mutant.Status", e);
            }
        }
    }

    /** The simple name of a mutator class name. */
    static String simpleName(String mutatorClass) {
        return mutatorClass.substring(mutatorClass.lastIndexOf('.') + 1);
    }

    @Override
    public String toString() {
        return mutatedClass + "." + method + ":" + line + " " + mutator + ": " + description;
    }
}
