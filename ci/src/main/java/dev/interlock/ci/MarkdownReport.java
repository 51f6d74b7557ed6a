package dev.interlock.ci;

import dev.interlock.ci.Report.CellResult;
import dev.interlock.ci.Report.Detection;
import dev.interlock.ci.Report.DetectionRow;
import dev.interlock.records.ResultRecord.Engine;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code report.md}: a summary fit for a pull-request comment — the gate, the verdict counts, what
 * failed and why, a subject × engine overview, the detection matrix and the environments. The
 * per-property matrix and the evidence are in {@code index.html}.
 */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(Report r) {
        StringBuilder md = new StringBuilder();
        md.append("## Interlock verification report `").append(r.reportId()).append("`\n\n");
        md.append("**Gate: ").append(r.summary().gatePassed() ? "PASSED" : "FAILED").append("** · Interlock ")
                .append(r.version()).append(" · ").append(environments(r)).append(" · ").append(r.generatedAt())
                .append("\n\n");
        md.append("| verdict | cells |\n|---|---:|\n");
        r.summary().counts().forEach((v, n) -> {
            if (n > 0) md.append("| ").append(Matrix.mark(v)).append(" | ").append(n).append(" |\n");
        });
        long notExpected = r.cells().stream().filter(c -> c.verdict() == Verdict.NOT_RUN && !c.expectedHere()).count();
        if (notExpected > 0) {
            md.append("\n").append(notExpected).append(" of the NOT RUN cells are not expected in this run ")
                    .append("(another JDK, architecture, profile or shard) and do not fail the gate.\n");
        }
        if (!r.summary().gateProblems().isEmpty()) {
            md.append("\n### Why the gate failed\n\n");
            r.summary().gateProblems().stream().limit(50).forEach(p -> md.append("- ").append(p).append('\n'));
            if (r.summary().gateProblems().size() > 50) {
                md.append("- … and ").append(r.summary().gateProblems().size() - 50).append(" more (see report.json)\n");
            }
        }

        md.append("\n### Subjects × engines\n\n");
        md.append("Each entry counts the subject's property cells by verdict.\n\n");
        md.append("| subject | role |");
        for (Engine e : Engine.values()) md.append(' ').append(e.id()).append(" |");
        md.append("\n|---|---|").append("---|".repeat(Engine.values().length)).append('\n');
        Matrix.of(r).forEach((role, subjects) -> subjects.forEach(s -> {
            md.append("| ").append(s.subject()).append(" | ").append(role).append(" |");
            for (Engine e : Engine.values()) md.append(' ').append(counts(s.rows(), e)).append(" |");
            md.append('\n');
        }));

        if (!r.detection().isEmpty()) {
            md.append("\n### Detection matrix (broken variants and demonstrations)\n\n| variant | bug class |");
            for (Engine e : Engine.values()) md.append(' ').append(e.id()).append(" |");
            md.append("\n|---|---|").append("---|".repeat(Engine.values().length)).append('\n');
            for (DetectionRow d : r.detection()) {
                md.append("| ").append(d.subject()).append(" | ").append(d.bugClass() == null ? "" : d.bugClass()).append(" |");
                for (Engine e : Engine.values()) {
                    Detection det = d.engines().get(e.id());
                    md.append(' ').append(det == null ? "" : Matrix.mark(det.verdict())
                            + (det.timeToDetectionMs() == null ? "" : " " + seconds(det.timeToDetectionMs()))).append(" |");
                }
                md.append('\n');
            }
            md.append("\nThe time is the shortest run that observed the violation; for jcstress it is the whole jcstress"
                    + " invocation (every test of the module at once), which jcstress does not time per test.\n");
        }

        md.append("\n### Environments\n\n| id | JDK | OS | CPUs | profile | engines | tools | commit |\n|---|---|---|---:|---|---|---|---|\n");
        for (RunEnvironment e : r.environments()) {
            md.append("| ").append(e.id()).append(" | ").append(e.jdkVendor()).append(' ').append(e.jdkVersion())
                    .append(" | ").append(e.os()).append(' ').append(e.arch()).append(" | ").append(e.cpus())
                    .append(" | ").append(e.profile()).append(" | ").append(String.join(", ", e.engines()))
                    .append(" | ").append(e.tools().entrySet().stream().map(t -> t.getKey() + " " + t.getValue())
                            .collect(Collectors.joining(", ")))
                    .append(" | `").append(e.commit().length() > 12 ? e.commit().substring(0, 12) : e.commit())
                    .append(e.dirty() ? "` (dirty)" : "`").append(" |\n");
        }
        md.append("\nFull matrix and evidence: `index.html`; machine-readable: `report.json`; cite: `CITATION.cff`.\n");
        return md.toString();
    }

    private static String counts(Map<String, Map<Engine, CellResult>> rows, Engine e) {
        Map<Verdict, Integer> n = new EnumMap<>(Verdict.class);
        int notExpected = 0;
        for (Map<Engine, CellResult> row : rows.values()) {
            CellResult c = row.get(e);
            if (c == null) continue;
            if (c.verdict() == Verdict.NOT_RUN && !c.expectedHere()) notExpected++;
            else n.merge(c.verdict(), 1, Integer::sum);
        }
        List<String> parts = n.entrySet().stream()
                .map(x -> x.getValue() + " " + Matrix.mark(x.getKey()).split(" ")[0]).collect(Collectors.toList());
        if (notExpected > 0) parts.add(notExpected + " ⏸️ not expected here");
        return String.join(" ", parts);
    }

    private static String environments(Report r) {
        return r.environments().stream().map(e -> e.id() + " (" + e.jdkVersion() + ")").collect(Collectors.joining(", "));
    }

    static String seconds(long ms) {
        return ms < 1000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
