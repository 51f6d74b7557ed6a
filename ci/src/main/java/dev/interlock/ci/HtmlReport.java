package dev.interlock.ci;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.interlock.ci.Report.CellResult;
import dev.interlock.ci.Report.Detection;
import dev.interlock.ci.Report.DetectionRow;
import dev.interlock.ci.Report.EnvironmentResult;
import dev.interlock.ci.Report.Observation;
import dev.interlock.records.ResultRecord.Engine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code index.html}: one self-contained page (inline CSS and SVG, no script, no network), readable
 * offline — the matrix, then per cell the evidence (budget, runs or samples, an outcome histogram,
 * the interleaving of a caught demonstration), the detection matrix, the deviations table and the
 * environment. The layout is the Mustache template {@code report.html.mustache}; this class only
 * prepares the values.
 */
final class HtmlReport {

    private static final int TRACE_LIMIT = 12_000;

    private HtmlReport() {
    }

    /**
     * Renders {@code r}.
     *
     * @param root the project root, to embed Lincheck trace files named by the evidence (null: don't)
     */
    static String render(Report r, Path root) {
        Mustache template = new DefaultMustacheFactory("dev/interlock/ci").compile("report.html.mustache");
        StringWriter out = new StringWriter();
        template.execute(out, view(r, root));
        return out.toString();
    }

    private static Map<String, Object> view(Report r, Path root) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", r.title());
        v.put("reportId", r.reportId());
        v.put("version", r.version());
        v.put("generatedAt", r.generatedAt());
        v.put("gatePassed", r.summary().gatePassed());
        v.put("gateProblems", r.summary().gateProblems());
        v.put("counts", r.summary().counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> Map.of("css", css(e.getKey()), "mark", Matrix.label(e.getKey()), "n", e.getValue())).toList());
        List<Map<String, Object>> engines = new ArrayList<>();
        for (Engine e : Engine.values()) engines.add(Map.of("id", e.id()));
        v.put("engines", engines);
        v.put("groups", groups(r));
        v.put("evidence", evidence(r, root));
        v.put("detection", detection(r));
        v.put("hasDetection", !r.detection().isEmpty());
        v.put("deviations", r.deviations().stream().map(d -> Map.of("id", d.id(), "python", d.python(),
                "interlock", d.interlock(), "juc", d.juc(), "assertedBy", d.assertedBy())).toList());
        v.put("environments", r.environments().stream().map(HtmlReport::environment).toList());
        v.put("engineRuns", r.engineRuns().stream().map(e -> Map.of("environment", e.environment(), "engine",
                e.engine().id(), "records", e.records(), "wall", MarkdownReport.seconds(e.wallTimeMs()),
                "budgets", e.budgets().stream().map(Object::toString).collect(Collectors.joining("; ")))).toList());
        v.put("tests", r.tests().stream().map(HtmlReport::tests).toList());
        v.put("mutation", r.mutation() == null ? null : r.mutation().toPrettyString());
        v.put("benchmarks", r.benchmarks() == null ? null : r.benchmarks().toPrettyString());
        return v;
    }

    private static List<Map<String, Object>> groups(Report r) {
        List<Map<String, Object>> groups = new ArrayList<>();
        Matrix.of(r).forEach((role, subjects) -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Matrix.SubjectRows s : subjects) {
                boolean first = true;
                for (var row : s.rows().entrySet()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("subject", first ? s.subject() : null);
                    m.put("span", s.rows().size());
                    m.put("property", row.getKey());
                    m.put("propertyText", r.properties().get(row.getKey()));
                    List<Map<String, Object>> cells = new ArrayList<>();
                    for (Engine e : Engine.values()) {
                        CellResult c = row.getValue().get(e);
                        cells.add(c == null ? Map.of("empty", true) : Map.of("css", css(c), "text", Matrix.label(c),
                                "anchor", anchor(c), "tip", c.verdictReason() == null ? "" : c.verdictReason()));
                    }
                    m.put("cells", cells);
                    rows.add(m);
                    first = false;
                }
            }
            groups.add(Map.of("role", role, "rows", rows));
        });
        return groups;
    }

    private static List<Map<String, Object>> evidence(Report r, Path root) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CellResult c : r.cells()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("anchor", anchor(c));
            m.put("name", c.subject() + " × " + c.property() + " × " + c.engine().id());
            m.put("css", css(c));
            m.put("text", Matrix.label(c));
            m.put("expected", c.expected().id() + (c.deviation() == null ? "" : " " + c.deviation()));
            m.put("reason", c.reason());
            m.put("note", c.note());
            m.put("when", c.when());
            m.put("verdictReason", c.verdictReason());
            m.put("open", c.expectedHere() && c.verdict().failsGate());
            List<Map<String, Object>> results = new ArrayList<>();
            for (EnvironmentResult er : c.results()) {
                List<Map<String, Object>> obs = new ArrayList<>();
                for (Observation o : er.observations()) obs.add(observation(o, root));
                results.add(Map.of("environment", er.environment(), "text", Matrix.label(er.verdict()),
                        "reason", er.reason() == null ? "" : er.reason(), "observations", obs));
            }
            m.put("results", results);
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> observation(Observation o, Path root) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("observed", o.observed());
        m.put("deviation", o.deviation());
        m.put("duration", MarkdownReport.seconds(o.durationMs()));
        m.put("budget", o.budget().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")));
        List<Map<String, Object>> facts = new ArrayList<>();
        o.evidence().forEach((k, val) -> {
            if (k.equals("outcomes") || k.equals("failures") || k.equals("traceFile")) return;
            facts.add(Map.of("key", k, "value", String.valueOf(val)));
        });
        m.put("facts", facts);
        if (o.evidence().get("outcomes") instanceof Map<?, ?> outcomes) {
            m.put("histogram", Histogram.svg(outcomes, o.evidence().get("badOutcomes")));
        }
        if (o.evidence().get("failures") instanceof List<?> failures) {
            m.put("hasFailures", !failures.isEmpty());
            m.put("failures", failures.stream().map(f -> f instanceof Map<?, ?> fm
                    ? fm.get("test") + (fm.get("message") == null ? "" : ": " + fm.get("message")) : String.valueOf(f)).toList());
        }
        Object trace = o.evidence().get("traceFile");
        if (trace != null) {
            m.put("traceFile", trace.toString());
            m.put("trace", trace(root, trace.toString()));
        }
        m.put("source", o.source());
        return m;
    }

    private static String trace(Path root, String file) {
        if (root == null) return null;
        Path p = Path.of(file);
        if (!p.isAbsolute()) {
            // Engines write trace paths relative to their module directory.
            try (var modules = Files.list(root)) {
                p = modules.map(m -> m.resolve(file)).filter(Files::isRegularFile).findFirst().orElse(root.resolve(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!Files.isRegularFile(p)) return null;
        try {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            return text.length() > TRACE_LIMIT ? text.substring(0, TRACE_LIMIT) + "\n… (truncated; the whole trace is in "
                    + file + ")" : text;
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static List<Map<String, Object>> detection(Report r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DetectionRow d : r.detection()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", d.subject());
            m.put("of", d.of());
            m.put("bugClass", d.bugClass());
            m.put("bug", d.bug());
            m.put("mirrors", d.mirrors());
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Engine e : Engine.values()) {
                Detection det = d.engines().get(e.id());
                if (det == null) {
                    cells.add(Map.of("empty", true));
                    continue;
                }
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("css", css(det.verdict()));
                c.put("text", Matrix.label(det.verdict()));
                c.put("time", det.timeToDetectionMs() == null ? null : MarkdownReport.seconds(det.timeToDetectionMs()));
                c.put("evidence", det.evidence());
                cells.add(c);
            }
            m.put("cells", cells);
            rows.add(m);
        }
        return rows;
    }

    private static Map<String, Object> environment(RunEnvironment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("jdk", e.jdkVendor() + " " + e.jdkVersion());
        m.put("os", e.os() + " (" + e.arch() + ")");
        m.put("cpus", e.cpus());
        m.put("memory", e.memoryMb() + " MiB");
        m.put("profile", e.profile());
        m.put("engines", String.join(", ", e.engines()));
        m.put("tools", e.tools().entrySet().stream().map(t -> t.getKey() + " " + t.getValue()).collect(Collectors.joining(", ")));
        m.put("commit", e.commit() + (e.dirty() ? " (dirty work tree)" : ""));
        return m;
    }

    private static Map<String, Object> tests(Report.TestRun t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("environment", t.environment());
        m.put("modules", t.modules().stream().map(x -> Map.of("module", x.module(), "tests", x.tests(),
                "failures", x.failures(), "skipped", x.skipped(), "seconds", x.seconds())).toList());
        m.put("outside", t.failuresOutsideManifest().stream().map(f -> f.className() + "." + f.test()
                + (f.message() == null ? "" : " — " + f.message())).toList());
        m.put("hasOutside", !t.failuresOutsideManifest().isEmpty());
        m.put("withoutCell", t.recordsWithoutCell());
        m.put("hasWithoutCell", !t.recordsWithoutCell().isEmpty());
        return m;
    }

    static String anchor(CellResult c) {
        return ("cell-" + c.subject() + "-" + c.property() + "-" + c.engine().id()).replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String css(CellResult c) {
        return c.verdict() == Verdict.NOT_RUN && !c.expectedHere() ? "v-not-expected" : css(c.verdict());
    }

    private static String css(Verdict v) {
        return "v-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
