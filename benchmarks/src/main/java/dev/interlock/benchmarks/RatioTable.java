package dev.interlock.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one run into {@code results.md} and {@code results.json}: the JMH result ({@code -rf
 * json}), the CPython loops ({@code python/bench_threading.py}), the verification-cost figures
 * ({@code verification-cost.json}, optional) and the run's facts (load, settings, duration).
 *
 * <p>Each ratio is ours / peer of the average time per operation, so above 1 means Interlock is
 * slower. Its error propagates JMH's 99.9 % confidence half-widths of both scores (relative errors
 * added in quadrature); it is absent when a score has none (a single measured iteration). A target
 * is met when the ratio itself is at or below it.
 *
 * <p>Usage: {@code RatioTable jmh=<file> python=<file> verification=<file> run=<file> md=<file>
 * json=<file>}; a missing python or verification file leaves that section empty.
 */
public final class RatioTable {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String PREFIX = "dev.interlock.benchmarks.";

    private RatioTable() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = Args.parse(args);
        write(Path.of(a.get("jmh")), optional(a.get("python")), optional(a.get("verification")),
                optional(a.get("run")), Path.of(a.get("md")), Path.of(a.get("json")));
    }

    private static Path optional(String file) {
        return file == null ? null : Path.of(file);
    }

    /** Reads the inputs and writes both outputs; returns the JSON written. */
    public static ObjectNode write(Path jmh, Path python, Path verification, Path run, Path md, Path json)
            throws IOException {
        JsonNode jmhResults = MAPPER.readTree(jmh.toFile());
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode r : jmhResults) byName.put(r.get("benchmark").asText().replace(PREFIX, ""), r);
        JsonNode first = jmhResults.size() > 0 ? jmhResults.get(0) : F.objectNode();

        ObjectNode out = F.objectNode();
        out.put("jdk", first.path("jdkVersion").asText(System.getProperty("java.version")));
        out.put("vm", first.path("vmName").asText("") + " " + first.path("vmVersion").asText(""));
        out.put("cpu", Machine.cpuModel());
        out.put("cpus", Runtime.getRuntime().availableProcessors());
        JsonNode runInfo = readOrNull(run);
        out.put("date", runInfo == null ? java.time.Instant.now().toString() : runInfo.path("finished").asText());
        ObjectNode load = out.putObject("loadAverage");
        if (runInfo != null) {
            load.set("before", runInfo.path("loadBefore"));
            load.set("after", runInfo.path("loadAfter"));
        } else {
            load.set("after", Machine.loadAverage());
        }
        if (runInfo != null) out.set("run", runInfo);

        ArrayNode rows = out.putArray("rows");
        for (Pair p : Pair.ALL) rows.add(row(p, byName));
        out.set("python", pythonRows(readOrNull(python), byName));
        JsonNode v = readOrNull(verification);
        out.set("verification", v == null ? F.arrayNode() : v.path("rows"));

        Files.createDirectories(json.toAbsolutePath().getParent());
        Files.writeString(json, MAPPER.writeValueAsString(out) + "\n", StandardCharsets.UTF_8);
        Files.writeString(md, Markdown.render(out, v), StandardCharsets.UTF_8);
        return out;
    }

    private static JsonNode readOrNull(Path file) throws IOException {
        return file == null || !Files.exists(file) ? null : MAPPER.readTree(file.toFile());
    }

    private static ObjectNode row(Pair p, Map<String, JsonNode> byName) {
        JsonNode ours = require(byName, p.ours());
        JsonNode peer = require(byName, p.peer());
        ObjectNode row = F.objectNode();
        row.put("benchmark", p.ours().substring(0, p.ours().indexOf('.')));
        row.put("ours", p.ours().substring(p.ours().indexOf('.') + 1));
        row.put("peer", p.peer().substring(p.peer().indexOf('.') + 1));
        row.put("mode", ours.path("mode").asText());
        row.put("unit", ours.path("primaryMetric").path("scoreUnit").asText());
        row.put("threads", ours.path("threads").asInt());
        double os = score(ours);
        double oe = error(ours);
        double ps = score(peer);
        double pe = error(peer);
        double ratio = os / ps;
        double ratioError = ratio * Math.sqrt(sq(oe / os) + sq(pe / ps));
        putNumber(row, "oursScore", os);
        putNumber(row, "oursError", oe);
        putNumber(row, "peerScore", ps);
        putNumber(row, "peerError", pe);
        putNumber(row, "ratio", ratio);
        putNumber(row, "ratioError", ratioError);
        if (p.target() == null) {
            row.putNull("target");
            row.putNull("met");
            row.putNull("reason");
            row.putNull("missSignificant");
        } else {
            row.put("target", p.target());
            boolean met = ratio <= p.target();
            row.put("met", met);
            if (met) {
                row.putNull("reason");
                row.putNull("missSignificant");
            } else {
                row.put("reason", p.cost());
                // Significant only if the ratio stays above the target by more than its 99.9 % error.
                if (Double.isFinite(ratioError)) row.put("missSignificant", ratio - ratioError > p.target());
                else row.putNull("missSignificant");
            }
        }
        return row;
    }

    private static ArrayNode pythonRows(JsonNode python, Map<String, JsonNode> byName) {
        ArrayNode rows = F.arrayNode();
        if (python == null) return rows;
        for (JsonNode r : python.path("rows")) {
            ObjectNode row = F.objectNode();
            String benchmark = r.path("benchmark").asText();
            row.put("benchmark", benchmark);
            row.put("loop", r.path("loop").asText());
            row.put("python", python.path("python").asText());
            row.put("threads", r.path("threads").asInt());
            row.put("unit", r.path("unit").asText());
            double ps = r.path("score").asDouble();
            putNumber(row, "pythonScore", ps);
            putNumber(row, "pythonError", r.path("error").asDouble(Double.NaN));
            JsonNode ours = byName.get(benchmark);
            double os = ours == null ? Double.NaN : score(ours);
            putNumber(row, "interlockScore", os);
            putNumber(row, "interlockError", ours == null ? Double.NaN : error(ours));
            putNumber(row, "pythonOverInterlock", ps / os);
            rows.add(row);
        }
        return rows;
    }

    private static JsonNode require(Map<String, JsonNode> byName, String name) {
        JsonNode r = byName.get(name);
        if (r == null) throw new IllegalStateException("no JMH result for " + name + "; have " + byName.keySet());
        return r;
    }

    static double score(JsonNode result) {
        return result.path("primaryMetric").path("score").asDouble(Double.NaN);
    }

    /** JMH writes "NaN" (a string) when a score has no error; asDouble parses it. */
    static double error(JsonNode result) {
        return result.path("primaryMetric").path("scoreError").asDouble(Double.NaN);
    }

    private static double sq(double x) {
        return x * x;
    }

    /** Finite numbers as numbers, rounded to 4 significant digits; NaN and infinities as null. */
    public static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, Double.parseDouble(String.format(Locale.ROOT, "%.4g", value)));
        } else {
            node.putNull(field);
        }
    }

    /** "12.3 s" or "4 min 05 s". */
    public static String duration(double seconds) {
        return Markdown.duration(seconds);
    }

    /** The tiny key=value argument parser shared by the mains. */
    static final class Args {
        private Args() {
        }

        static Map<String, String> parse(String[] args) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String arg : args) {
                int i = arg.indexOf('=');
                if (i < 0) throw new IllegalArgumentException("expected key=value, got " + arg);
                m.put(arg.substring(0, i), arg.substring(i + 1));
            }
            return m;
        }
    }

    static void writeJson(Path file, JsonNode node) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, MAPPER.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
