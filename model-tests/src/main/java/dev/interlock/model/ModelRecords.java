package dev.interlock.model;

import dev.interlock.records.RecordWriter;
import dev.interlock.records.ResultRecord;
import dev.interlock.records.ResultRecord.Engine;
import dev.interlock.records.ResultRecord.Environment;
import dev.interlock.records.ResultRecord.Observed;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes this module's result records to {@code target/interlock-records/lincheck.jsonl}
 * ({@code -Dinterlock.records.dir}): one record per (subject, property, engine). The first write
 * in a JVM replaces the file, so it holds only this run's records.
 */
public final class ModelRecords {

    private static RecordWriter writer;

    private ModelRecords() {
    }

    private static synchronized RecordWriter writer() {
        if (writer == null) {
            Path dir = Path.of(System.getProperty("interlock.records.dir", "target/interlock-records"));
            writer = RecordWriter.replacing(dir.resolve("lincheck.jsonl"));
        }
        return writer;
    }

    /** The record file. */
    public static Path file() {
        return writer().file();
    }

    /**
     * Appends one record of what was observed.
     *
     * @param budget   engine budget (iterations, invocations, …); the profile is added
     * @param evidence extra evidence; runs, title, trace file and the exhaustiveness claim are added
     * @param claim    what the run may claim about coverage ("bounded", "exhaustive per scenario", …)
     */
    public static ResultRecord write(Engine engine, String subject, String property, Observation o,
                                     Map<String, Object> budget, Map<String, Object> evidence, String claim) {
        Map<String, Object> b = new LinkedHashMap<>(budget);
        b.put("profile", Budgets.PROFILE);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("outcome", o.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        e.put("runs", o.runs());
        e.put("runsBudget", o.budget());
        e.put("coverage", claim);
        if (o.title() != null) e.put("failureTitle", o.title());
        if (o.trace() != null) e.put("traceFile", o.trace().toString());
        e.putAll(evidence);
        ResultRecord r = ResultRecord.of(engine, subject, property, observed(o.outcome()), b, e, o.durationMs(),
                Environment.current());
        writer().append(r);
        return r;
    }

    /** A record for a cell that did not run on this JDK, with the reason (observed = error, runs 0). */
    public static ResultRecord notRun(Engine engine, String subject, String property, String reason) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("notRun", reason);
        ResultRecord r = ResultRecord.of(engine, subject, property, Observed.ERROR, Map.of("profile", Budgets.PROFILE),
                e, 0, Environment.current());
        writer().append(r);
        return r;
    }

    static Observed observed(Outcome outcome) {
        return switch (outcome) {
            case HOLDS -> Observed.HOLDS;
            case WRONG_RESULT, HANG -> Observed.VIOLATED;
            case ERROR -> Observed.ERROR;
        };
    }
}
