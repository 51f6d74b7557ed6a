package dev.interlock.ci;

/**
 * The verdict on one cell, spelled exactly as the architecture sketch spells them (also in JSON).
 * Only {@code ci} turns observations into verdicts.
 */
public enum Verdict {
    /** Expected to hold, observed holding. */
    VERIFIED,
    /** Expected to hold (or to deviate as documented), observed something else, or the engine failed. */
    FAILED,
    /** Expected to be violated, and every run observed the violation. */
    CAUGHT,
    /** Expected to be violated, but a run observed the property holding: the bug escaped. */
    ESCAPED,
    /** The documented deviation row was observed, and nothing else. */
    DEVIATES,
    /** No observation: the test did not run (or is not expected in this environment; see the reason). */
    NOT_RUN,
    /** The engine cannot show this property; the manifest gives the reason. */
    NOT_APPLICABLE;

    /** Whether this verdict, on a cell expected in the run, fails the build. */
    public boolean failsGate() {
        return this == FAILED || this == ESCAPED || this == NOT_RUN;
    }
}
