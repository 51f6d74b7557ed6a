package dev.interlock.model;

import java.nio.file.Path;

/**
 * One Lincheck run's result.
 *
 * @param outcome    the classified outcome
 * @param title      Lincheck's failure title (e.g. {@code "= Invalid execution results ="}), or null
 * @param report     the full text Lincheck printed (scenario, results, interleaving), or null
 * @param runs       invocations actually run (counted, see {@link LincheckRun}), or -1 if unknown
 * @param budget     the invocation budget (all iterations together)
 * @param durationMs wall time
 * @param trace      the file the report was saved to, or null
 */
public record Observation(Outcome outcome, String title, String report, long runs, long budget, long durationMs,
                          Path trace) {

    /** Whether the run stopped before its budget without a failure: the explored tree was exhausted. */
    public boolean endedBeforeBudget() {
        return outcome == Outcome.HOLDS && runs >= 0 && runs < budget;
    }

    /** A short description for assertion messages. */
    public String summary() {
        return outcome + (title == null ? "" : " " + title) + " after " + runs + " of " + budget + " runs in "
                + durationMs + " ms" + (trace == null ? "" : ", trace " + trace);
    }
}
