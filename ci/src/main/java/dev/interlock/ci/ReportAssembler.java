package dev.interlock.ci;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interlock.ci.Report.CellResult;
import dev.interlock.ci.Report.Detection;
import dev.interlock.ci.Report.DetectionRow;
import dev.interlock.ci.Report.EngineRun;
import dev.interlock.ci.Report.EnvironmentResult;
import dev.interlock.ci.Report.Observation;
import dev.interlock.ci.Report.Summary;
import dev.interlock.ci.Report.TestRun;
import dev.interlock.records.ResultRecord.Engine;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Report} from judged cells: the overall verdicts, the summary and the gate, the
 * detection matrix and the report id. Shared by a single run's report and the shard merge, so
 * both decide the same way.
 */
final class ReportAssembler {

    private ReportAssembler() {
    }

    /**
     * The report.
     *
     * @param cells cells whose per-environment results are final; overall verdicts are computed here
     */
    static Report assemble(String version, List<RunEnvironment> environments, Map<String, SubjectSpec> subjects,
                           Map<String, String> properties, List<CellResult> cells,
                           List<DeviationsTable.Row> deviations, List<EngineRun> engineRuns, List<TestRun> tests,
                           JsonNode mutation, JsonNode benchmarks) {
        List<CellResult> judged = cells.stream().map(ReportAssembler::withOverall).toList();
        Summary summary = summary(judged, tests);
        String id = ReportId.of(environments, judged);
        String title = "Interlock verification report " + id;
        return new Report(Report.SCHEMA, id, title, version, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                environments, summary, subjects, properties, judged, detection(subjects, judged), deviations,
                engineRuns, tests, mutation, benchmarks);
    }

    private static CellResult withOverall(CellResult c) {
        EnvironmentResult overall = Judge.overall(c.results());
        String reason = overall.reason();
        if (c.results().size() > 1) reason = overall.environment() + ": " + reason;
        return new CellResult(c.subject(), c.property(), c.engine(), c.expected(), c.deviation(), c.reason(),
                c.note(), c.when(), overall.verdict(), overall.expectedHere(), reason, c.results());
    }

    private static Summary summary(List<CellResult> cells, List<TestRun> tests) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) counts.put(v, 0);
        List<String> problems = new ArrayList<>();
        for (CellResult c : cells) {
            counts.merge(c.verdict(), 1, Integer::sum);
            if (c.expectedHere() && c.verdict().failsGate()) {
                problems.add(c.verdict() + " " + c.subject() + " × " + c.property() + " × " + c.engine().id() + ": "
                        + c.verdictReason());
            }
        }
        for (TestRun t : tests) {
            t.failuresOutsideManifest().forEach(f -> problems.add("FAILED test outside the manifest (" + t.environment()
                    + ", " + f.module() + "): " + f.className() + "." + f.test()
                    + (f.message() == null ? "" : ": " + f.message())));
            t.recordsWithoutCell().forEach(r -> problems.add("record without a cell (" + t.environment() + "): " + r));
        }
        return new Summary(counts, problems.isEmpty(), problems);
    }

    /** One row per broken subject: per engine, whether its cells were caught and how fast. */
    private static List<DetectionRow> detection(Map<String, SubjectSpec> subjects, List<CellResult> cells) {
        List<DetectionRow> rows = new ArrayList<>();
        subjects.forEach((name, s) -> {
            if (!s.isBroken()) return;
            Map<String, Detection> engines = new LinkedHashMap<>();
            for (Engine e : Engine.values()) {
                List<CellResult> mine = cells.stream()
                        .filter(c -> c.subject().equals(name) && c.engine() == e).toList();
                if (!mine.isEmpty()) engines.put(e.id(), detection(mine));
            }
            rows.add(new DetectionRow(name, s.of(), s.bugClass(), s.bug(), s.mirrors(), engines));
        });
        return rows;
    }

    private static Detection detection(List<CellResult> cells) {
        // Only the cells that promise a catch say whether this engine detects the bug; the
        // variant's other cells (parts it gets right, documented deviations) are judged in the
        // matrix, not here.
        List<CellResult> catching = cells.stream().filter(c -> c.expected() == Expectation.VIOLATED).toList();
        List<CellResult> expected = catching.stream().filter(CellResult::expectedHere).toList();
        Verdict verdict;
        String why = null;
        if (!expected.isEmpty()) {
            verdict = expected.stream().map(CellResult::verdict)
                    .min((a, b) -> Judge.severity(a) - Judge.severity(b)).orElseThrow();
        } else if (!catching.isEmpty()) {
            verdict = Verdict.NOT_RUN;
            why = "not expected in this run: " + catching.get(0).verdictReason();
        } else {
            verdict = Verdict.NOT_APPLICABLE;
            why = cells.stream().filter(c -> c.expected() == Expectation.NOT_APPLICABLE).map(CellResult::reason)
                    .findFirst().orElse("no cell of this engine promises to catch this bug; its other cells are in the matrix");
        }
        Long fastest = null;
        String evidence = null;
        for (CellResult c : catching) {
            for (EnvironmentResult r : c.results()) {
                for (Observation o : r.observations()) {
                    if (!"violated".equals(o.observed())) continue;
                    if (fastest == null || o.durationMs() < fastest) {
                        fastest = o.durationMs();
                        evidence = c.property() + ": " + Evidence.oneLine(o.evidence());
                    }
                }
            }
        }
        if (verdict == Verdict.NOT_APPLICABLE || verdict == Verdict.NOT_RUN) {
            fastest = null;
            evidence = why;
        }
        List<CellResult> shown = catching.isEmpty() ? cells : catching;
        return new Detection(verdict, shown.stream().map(CellResult::property).distinct().toList(), fastest, evidence);
    }
}
