package dev.interlock.conformance.support;

import dev.interlock.records.ResultRecord;
import dev.interlock.records.ResultRecord.Engine;
import dev.interlock.records.ResultRecord.Environment;
import dev.interlock.records.ResultRecord.Observed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The outcomes of one property's tests in one binding class; not thread-safe ({@link BindingRecords} locks). */
final class TestTally {
    private static final int MAX_MESSAGE = 300;
    private static final Pattern ROW = Pattern.compile("D(\\d+)");
    /** D2 before D10; anything that is not a row id after the rows, by text. */
    private static final Comparator<String> ROW_ORDER = Comparator
            .comparingLong((String id) -> {
                Matcher m = ROW.matcher(id);
                return m.matches() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
            })
            .thenComparing(Comparator.naturalOrder());

    private final List<String> passedTests = new ArrayList<>();
    private final List<Map<String, Object>> failures = new ArrayList<>();
    private final List<Map<String, Object>> skippedTests = new ArrayList<>();
    private final Set<String> deviations = new TreeSet<>(ROW_ORDER);
    private long nanos;

    void passed(String test, String deviation, long testNanos) {
        passedTests.add(test);
        if (deviation != null) deviations.add(deviation);
        nanos += testNanos;
    }

    void failed(String test, String deviation, Throwable cause, long testNanos) {
        Map<String, Object> failure = new LinkedHashMap<>();
        failure.put("test", test);
        failure.put("message", firstLine(cause));
        if (deviation != null) failure.put("deviation", deviation);
        failures.add(failure);
        nanos += testNanos;
    }

    void skipped(String test, String reason, long testNanos) {
        Map<String, Object> skipped = new LinkedHashMap<>();
        skipped.put("test", test);
        skipped.put("reason", truncate(reason));
        skippedTests.add(skipped);
        nanos += testNanos;
    }

    /**
     * The record, or none if no test of the property ran (all skipped, disabled or aborted). The
     * evidence names the binding class ({@code testClass}): the report accounts for that class's
     * failing tests through this record, not as failures outside the manifest.
     */
    Optional<ResultRecord> toRecord(String subject, String property, String testClass, Map<String, Object> budget) {
        int ran = passedTests.size() + failures.size();
        if (ran == 0) return Optional.empty();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("testClass", testClass);
        evidence.put("tests", ran + skippedTests.size());
        evidence.put("passed", passedTests.size());
        evidence.put("failed", failures.size());
        evidence.put("skipped", skippedTests.size());
        evidence.put("failures", failures);
        evidence.put("passedTests", passedTests);
        if (!skippedTests.isEmpty()) evidence.put("skippedTests", skippedTests);
        Observed observed = failures.isEmpty() ? Observed.HOLDS : Observed.VIOLATED;
        String deviation = deviations.isEmpty() ? null : String.join("+", deviations);
        return Optional.of(new ResultRecord(ResultRecord.SCHEMA, Engine.JUNIT, subject, property, observed, deviation,
                budget, evidence, TimeUnit.NANOSECONDS.toMillis(nanos), Environment.current()));
    }

    /** The exception's simple class name and the first line of its message, at most ~300 characters. */
    static String firstLine(Throwable t) {
        String message = t.getMessage();
        String text = t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        return truncate(text.lines().findFirst().orElse(text));
    }

    private static String truncate(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
