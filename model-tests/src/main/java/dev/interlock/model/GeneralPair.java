package dev.interlock.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.records.ResultRecord.Engine;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rule for every general-purpose ({@code Lincheck.runConcurrentTest}) test: a pass proves
 * nothing unless the <b>same harness</b>, on the <b>same JDK</b>, catches a paired broken variant
 * (on JDK 19+ a wrong thread shape passes everything). So {@link #check} runs the broken variant
 * first and requires it caught with one of the expected failure kinds, then runs the correct
 * subject and requires it to hold; both are recorded. "Exhaustive" is claimed only when the
 * correct run ended before its budget and the paired bug was caught; a run count far below the
 * budget is flagged as the blind-spot alarm in the record.
 *
 * <p>If the paired bug escapes on this JDK, the correct cell is recorded as NOT RUN (never as
 * passed) and the test fails.
 */
public final class GeneralPair {

    private GeneralPair() {
    }

    /**
     * Runs {@code broken} then {@code correct} with {@link Budgets#GENERAL_INVOCATIONS} each.
     *
     * @param property       stable property id
     * @param subject        the correct subject's name
     * @param correct        the test body over the correct subject (creates its state inside)
     * @param brokenSubject  the paired variant's name
     * @param broken         the same test body over the paired variant
     * @param brokenCaughtAs the failure kinds that count as caught
     * @return the correct run's observation
     */
    public static Observation check(String property, String subject, Runnable correct, String brokenSubject,
                                    Runnable broken, Set<Outcome> brokenCaughtAs) {
        int budget = Budgets.GENERAL_INVOCATIONS;
        Observation b = brokenRun(property, brokenSubject, broken, brokenCaughtAs, subject);
        boolean caught = brokenCaughtAs.contains(b.outcome());
        if (!caught) {
            ModelRecords.notRun(Engine.LINCHECK_GENERAL, subject, property, "paired bug " + brokenSubject
                    + " escaped on JDK " + System.getProperty("java.version") + " (" + b.summary()
                    + "): a pass of this harness would prove nothing here");
            throw new AssertionError(brokenSubject + " " + property + " escaped the general harness: " + b.summary()
                    + (b.report() == null ? "" : "\n" + b.report()));
        }
        Observation c = LincheckRun.general(budget, correct, subject + "-" + property + "-general");
        Map<String, Object> ce = new LinkedHashMap<>();
        ce.put("pairedWith", brokenSubject);
        ce.put("pairedCaughtAs", b.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        ce.put("pairedRuns", b.runs());
        ce.put("blindSpotAlarm", c.outcome() == Outcome.HOLDS && c.runs() < budget / 10);
        ce.put("expected", "holds");
        String claim = c.endedBeforeBudget() ? "exhaustive (tree explored before the budget; paired bug caught)"
                : "bounded (budget used)";
        ModelRecords.write(Engine.LINCHECK_GENERAL, subject, property, c, budgetMap(), ce, claim);
        assertEquals(Outcome.HOLDS, c.outcome(), () -> subject + " " + property + ": " + c.summary()
                + (c.report() == null ? "" : "\n" + c.report()));
        assertTrue(c.runs() >= budget / 10, () -> subject + " " + property + ": only " + c.runs() + " of " + budget
                + " runs: the blind-spot alarm (a two-thread blocking test is never exhausted this early)");
        return c;
    }

    /**
     * The paired variant's run: once per JVM for each (variant, property), however many correct
     * subjects share it (one record per subject, property and engine). The test body is the same
     * for all of them, so the observation is too.
     */
    private static synchronized Observation brokenRun(String property, String brokenSubject, Runnable broken,
                                                      Set<Outcome> caughtAs, String firstPairedWith) {
        return BROKEN_RUNS.computeIfAbsent(brokenSubject + "\u0000" + property, k -> {
            Observation b = LincheckRun.general(Budgets.GENERAL_INVOCATIONS, broken,
                    brokenSubject + "-" + property + "-general");
            Map<String, Object> be = new LinkedHashMap<>();
            be.put("pairedWith", firstPairedWith);
            be.put("expected", "violated (" + kinds(caughtAs) + ")");
            ModelRecords.write(Engine.LINCHECK_GENERAL, brokenSubject, property, b, budgetMap(), be, "bounded");
            return b;
        });
    }

    private static final Map<String, Observation> BROKEN_RUNS = new java.util.HashMap<>();

    static Map<String, Object> budgetMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("api", "general");
        m.put("invocations", Budgets.GENERAL_INVOCATIONS);
        return m;
    }

    private static String kinds(Set<Outcome> kinds) {
        StringBuilder s = new StringBuilder();
        for (Outcome k : kinds) s.append(s.length() == 0 ? "" : " or ").append(k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return s.toString();
    }
}
