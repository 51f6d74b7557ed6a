package dev.interlock.ci;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.interlock.records.ResultRecord.Engine;
import java.util.List;
import java.util.Map;

/**
 * The verification report, as written to {@code report.json} and described by the published
 * schema {@code dev/interlock/ci/report.schema.json}. A report of one run has one environment; a
 * merged report has one per environment (a column of the matrix), each cell judged in each.
 *
 * @param schema       the report format version, {@value #SCHEMA}
 * @param reportId     hash of the normalised verdict table, tool versions, budgets and commit ({@link ReportId})
 * @param title        what this is a report of
 * @param version      the Interlock version
 * @param generatedAt  ISO-8601 instant of writing
 * @param environments where the runs happened, with tool versions and git state
 * @param summary      verdict counts and the gate's decision
 * @param subjects     the manifest's subjects
 * @param properties   the manifest's properties
 * @param cells        every promised cell with its verdict and evidence
 * @param detection    the detection matrix: broken subjects × engines
 * @param deviations   the deviations table the {@code DEVIATES} cells refer to
 * @param engineRuns   per environment and engine: records, wall time, budgets used
 * @param tests        per environment: the JUnit XML totals and any failing test outside the manifest
 * @param mutation     the PIT summary if a mutation run left one, else absent
 * @param benchmarks   the JMH ratio table if the benchmarks left one, else absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "reportId", "title", "version", "generatedAt", "environments", "summary", "subjects",
        "properties", "cells", "detection", "deviations", "engineRuns", "tests", "mutation", "benchmarks"})
public record Report(int schema, String reportId, String title, String version, String generatedAt,
                     List<RunEnvironment> environments, Summary summary, Map<String, SubjectSpec> subjects,
                     Map<String, String> properties, List<CellResult> cells, List<DetectionRow> detection,
                     List<DeviationsTable.Row> deviations, List<EngineRun> engineRuns, List<TestRun> tests,
                     JsonNode mutation, JsonNode benchmarks) {

    /** The report format version written by this class. */
    public static final int SCHEMA = 1;

    /**
     * Verdict counts (over cells, by overall verdict) and the gate.
     *
     * @param counts       verdict → number of cells
     * @param gatePassed   whether the build may pass
     * @param gateProblems one line per reason the gate failed
     */
    public record Summary(Map<Verdict, Integer> counts, boolean gatePassed, List<String> gateProblems) {
    }

    /**
     * One cell of the manifest with its verdict.
     *
     * @param subject       the subject
     * @param property      the property
     * @param engine        the engine
     * @param expected      the manifest's expectation
     * @param deviation     for {@code deviates}: the row
     * @param reason        the manifest's reason (not-applicable, qualified cells)
     * @param note          the manifest's note
     * @param when          the environment qualifier, if any, e.g. {@code arch aarch64}
     * @param verdict       the overall verdict over all environments
     * @param expectedHere  whether the cell was expected in at least one environment of the report
     * @param verdictReason why, in a sentence
     * @param results       the verdict in each environment, with the observations
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"subject", "property", "engine", "expected", "deviation", "reason", "note", "when", "verdict",
            "expectedHere", "verdictReason", "results"})
    public record CellResult(String subject, String property, Engine engine, Expectation expected, String deviation,
                             String reason, String note, String when, Verdict verdict, boolean expectedHere,
                             String verdictReason, List<EnvironmentResult> results) {
    }

    /**
     * A cell's verdict in one environment.
     *
     * @param environment  the environment id
     * @param verdict      the verdict there
     * @param expectedHere whether the cell was expected there
     * @param reason       why, in a sentence
     * @param observations the records of the cell made there
     */
    @JsonPropertyOrder({"environment", "verdict", "expectedHere", "reason", "observations"})
    public record EnvironmentResult(String environment, Verdict verdict, boolean expectedHere, String reason,
                                    List<Observation> observations) {
    }

    /**
     * One record, as evidence.
     *
     * @param observed   holds, violated or error
     * @param deviation  the deviation row the record observed, if any
     * @param budget     the engine budget it ran with
     * @param evidence   the engine's evidence (outcomes, runs, traces, failing tests)
     * @param durationMs how long it took
     * @param source     the record file, relative to the project
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"observed", "deviation", "budget", "evidence", "durationMs", "source"})
    public record Observation(String observed, String deviation, Map<String, Object> budget,
                              Map<String, Object> evidence, long durationMs, String source) {
    }

    /**
     * A row of the detection matrix: one broken subject and what each engine made of it.
     *
     * @param subject  the variant or demonstration
     * @param of       the primitive it imitates
     * @param bugClass logic or memory-model
     * @param bug      what is wrong
     * @param mirrors  the real-world bug
     * @param engines  engine id → the engine's result
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DetectionRow(String subject, String of, String bugClass, String bug, String mirrors,
                               Map<String, Detection> engines) {
    }

    /**
     * What one engine made of one broken subject, over its cells.
     *
     * @param verdict           CAUGHT if every expected cell was caught; else the worst verdict
     * @param properties        the properties of the cells
     * @param timeToDetectionMs the shortest duration of a run that observed the violation, if any
     * @param evidence          a one-line summary: failure title, outcome, failing test
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detection(Verdict verdict, List<String> properties, Long timeToDetectionMs, String evidence) {
    }

    /**
     * One engine's share of one environment's run.
     *
     * @param environment the environment id
     * @param engine      the engine
     * @param records     how many records it wrote
     * @param wallTimeMs  the sum of its records' durations
     * @param budgets     the distinct budgets its records name
     */
    public record EngineRun(String environment, Engine engine, int records, long wallTimeMs,
                            List<Map<String, Object>> budgets) {
    }

    /**
     * The JUnit XML view of one environment's run.
     *
     * @param environment             the environment id
     * @param modules                 totals per module
     * @param failuresOutsideManifest failing tests that no cell accounts for (each fails the gate)
     * @param recordsWithoutCell      records whose subject × property × engine the manifest does not
     *                                declare (each fails the gate: nothing observed is dropped)
     */
    public record TestRun(String environment, List<SurefireReports.ModuleTotals> modules,
                          List<SurefireReports.Failure> failuresOutsideManifest, List<String> recordsWithoutCell) {
    }
}
