package dev.interlock.benchmarks.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlock.benchmarks.RatioTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures what verifying the reference model costs, engine by engine and budget by budget, each
 * in a fresh JVM and one after the other, and writes {@code verification-cost.json}; then, if a
 * full benchmark run's raw results are in {@code target/full-run/}, rewrites the ratio table so
 * that it shows the new figures.
 *
 * <ul>
 *   <li><b>Lincheck</b> (model checking, then stress): {@link LincheckCost} in a child JVM with the
 *       flags model-tests uses; the count is invocations run (one model instance each).</li>
 *   <li><b>jcstress</b>: {@code Lock_01_MutualExclusion} alone ({@code -t}), in a fresh working
 *       directory; the count is samples, read from jcstress's result file ({@link JcstressSamples}).
 *       The campaign budget ({@code -Pcampaign} of stress-tests: {@code -m default}, split
 *       compilation, jcstress's own JVM configurations) <em>is</em> jcstress's default, so one
 *       run stands for both.</li>
 * </ul>
 * Wall time is the child's, JVM start included; Lincheck's own time of the check is kept too.
 * The file keeps the rows of earlier runs that this run did not measure again (same engine and
 * budget: replaced), so {@code budgets=quick} re-measures the cheap half alone.
 *
 * <p>Usage: {@code VerificationCost jcstressJar=<jar> work=<dir> out=<json> results=<dir>
 * [budgets=quick,campaign,default] [engines=jcstress,lincheck-model-checking,lincheck-stress]
 * [capSeconds=0]}.
 */
public final class VerificationCost {

    /** The documented way to run it. */
    public static final String COMMAND =
            "./mvnw -pl stress-tests,benchmarks -am verify -Pverification-cost -DskipTests";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String JCSTRESS_TEST = "Lock_01_MutualExclusion";
    private static final String QUICK_JCSTRESS = "-m quick -iters 1 -time 1000 -sc false -jvmArgs -XX:+UseSerialGC";

    private VerificationCost() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = parse(args);
        Path work = Path.of(a.get("work"));
        Path out = Path.of(a.get("out"));
        Path jar = Path.of(a.get("jcstressJar"));
        List<String> budgets = List.of(a.getOrDefault("budgets", "quick,campaign,default").split(","));
        List<String> engines = List.of(a.getOrDefault("engines", "jcstress,lincheck-model-checking,lincheck-stress")
                .split(","));
        String cap = a.getOrDefault("capSeconds", "0"); // per campaign or default Lincheck run; see LincheckCost
        Files.createDirectories(work);

        ArrayNode rows = earlierRows(out);
        for (String engine : engines) {
            for (String budget : budgets) {
                ObjectNode row = engine.equals("jcstress") ? jcstress(jar, budget, work)
                        : lincheck(engine, budget, work, budget.equals("quick") ? "0" : cap);
                if (row == null) continue;
                replace(rows, row);
                System.out.println("[verification-cost] " + row);
                write(out, rows); // after every row: an interrupted campaign keeps what it measured
            }
        }
        Path results = Path.of(a.getOrDefault("results", out.toAbsolutePath().getParent().toString()));
        Path fullRun = Path.of(a.getOrDefault("fullRun", results.resolve("target/full-run").toString()));
        if (Files.exists(fullRun.resolve("jmh-result.json"))) {
            RatioTable.write(fullRun.resolve("jmh-result.json"), fullRun.resolve("python-result.json"), out,
                    fullRun.resolve("run-info.json"), results.resolve("results.md"), results.resolve("results.json"));
            System.out.println("[verification-cost] rewrote " + results.resolve("results.md"));
        }
    }

    /** The rows of an earlier run, so that re-measuring some engines or budgets keeps the others. */
    private static ArrayNode earlierRows(Path out) throws IOException {
        if (!Files.exists(out)) return MAPPER.createArrayNode();
        JsonNode rows = MAPPER.readTree(out.toFile()).path("rows");
        return rows.isArray() ? (ArrayNode) rows.deepCopy() : MAPPER.createArrayNode();
    }

    /** Puts {@code row} in place of the earlier row of the same engine and budget, or at the end. */
    private static void replace(ArrayNode rows, ObjectNode row) {
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            if (r.path("engine").equals(row.path("engine")) && r.path("budget").equals(row.path("budget"))) {
                rows.set(i, row);
                return;
            }
        }
        rows.add(row);
    }

    private static void write(Path out, ArrayNode rows) throws IOException {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("description", "The reference model is the mutex contract on Lock: for Lincheck, model-tests' "
                + "MutexCounterModel bound to Lock (acquire–increment–release, 3 operations); for jcstress, "
                + "stress-tests' " + JCSTRESS_TEST + " (2 actors). Each measurement ran alone, in a fresh JVM; "
                + "wall time includes the JVM start. quick = what ./mvnw verify uses; campaign = -Pcampaign; "
                + "default = the engine with nothing set. Load: /proc/loadavg (1 min) before and after.");
        doc.put("command", COMMAND);
        doc.set("rows", rows);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, MAPPER.writeValueAsString(doc) + "\n", StandardCharsets.UTF_8);
    }

    private static ObjectNode lincheck(String engine, String budget, Path work, String capSeconds) throws IOException, InterruptedException {
        String mode = engine.replace("lincheck-", "");
        List<String> cmd = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "-Djdk.attach.allowAttachSelf=true", "-Xshare:off", "-XX:+UseSerialGC",
                "-Dlincheck.logFile=" + work.resolve("lincheck.log"),
                "-Dinterlock.traces.dir=" + work.resolve("lincheck-traces")));
        if (Runtime.version().feature() >= 21) cmd.add("-XX:+EnableDynamicAgentLoading");
        if (Runtime.version().feature() >= 23) cmd.add("--sun-misc-unsafe-memory-access=allow");
        if (budget.equals("campaign")) cmd.add("-Dinterlock.campaign=true");
        cmd.addAll(List.of(LincheckCost.class.getName(), mode, budget, capSeconds));

        Child child = Child.run(cmd, work, work.resolve("lincheck-" + mode + "-" + budget + ".log"));
        JsonNode r = child.line(LincheckCost.TAG);
        ObjectNode row = row(engine, "MutexCounterModel on Lock", budget, r.path("settings").asText(), child);
        row.put("count", r.path("runs").asLong());
        row.put("countKind", "invocations");
        RatioTable.putNumber(row, "perSecond", r.path("runs").asLong() / r.path("engineSeconds").asDouble());
        RatioTable.putNumber(row, "engineSeconds", r.path("engineSeconds").asDouble());
        row.put("budgetInvocations", r.path("budgetInvocations").asLong());
        row.put("outcome", r.path("outcome").asText());
        boolean completed = r.path("completed").asBoolean();
        row.put("completed", completed);
        if (!completed) {
            double projected = r.path("budgetInvocations").asLong() / (r.path("runs").asLong() / r.path("engineSeconds").asDouble());
            RatioTable.putNumber(row, "projectedSeconds", projected);
            row.put("note", String.format(java.util.Locale.ROOT, "stopped at the %s s cap after %,d of %,d invocations; "
                    + "at that rate the whole budget takes ~%s", capSeconds, r.path("runs").asLong(),
                    r.path("budgetInvocations").asLong(), RatioTable.duration(projected)));
        }
        return row;
    }

    private static ObjectNode jcstress(Path jar, String budget, Path work) throws Exception {
        if (budget.equals("default")) return null; // the campaign run is jcstress's default: see the class comment
        Path dir = work.resolve("jcstress-" + budget);
        deleteTree(dir);
        Files.createDirectories(dir);
        List<String> cmd = new ArrayList<>(List.of(java()));
        if (Runtime.version().feature() >= 22) cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "-t", ".*\\." + JCSTRESS_TEST + "$"));
        String settings;
        if (budget.equals("quick")) {
            for (String option : QUICK_JCSTRESS.split(" ")) cmd.add(option);
            settings = QUICK_JCSTRESS;
        } else {
            settings = "jcstress's defaults (-m default, split compilation, its JVM configurations) = -Pcampaign";
        }
        Child child = Child.run(cmd, dir, work.resolve("jcstress-" + budget + ".log"));
        JcstressSamples samples = JcstressSamples.read(dir);
        ObjectNode row = row("jcstress", JCSTRESS_TEST, budget.equals("campaign") ? "campaign = default" : budget,
                settings, child);
        row.put("count", samples.samples());
        row.put("countKind", "samples");
        RatioTable.putNumber(row, "perSecond", samples.samples() / child.seconds());
        row.put("forks", samples.forks());
        row.put("testsRun", samples.tests());
        row.put("outcome", child.exit() == 0 && samples.tests() == 1 ? "passed" : "exit " + child.exit()
                + ", " + samples.tests() + " tests ran");
        return row;
    }

    private static ObjectNode row(String engine, String model, String budget, String settings, Child child) {
        ObjectNode row = MAPPER.createObjectNode();
        row.put("engine", engine);
        row.put("model", model);
        row.put("budget", budget);
        row.put("settings", settings);
        RatioTable.putNumber(row, "wallSeconds", child.seconds());
        RatioTable.putNumber(row, "loadBefore", child.loadBefore());
        RatioTable.putNumber(row, "loadAfter", child.loadAfter());
        row.put("jdk", System.getProperty("java.version"));
        row.put("date", Instant.now().toString());
        return row;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String arg : args) {
            int i = arg.indexOf('=');
            if (i < 0) throw new IllegalArgumentException("expected key=value, got " + arg);
            m.put(arg.substring(0, i), arg.substring(i + 1));
        }
        if (!m.containsKey("work") || !m.containsKey("out") || !m.containsKey("jcstressJar")) {
            throw new IllegalArgumentException("usage: VerificationCost jcstressJar=<jar> work=<dir> out=<json> "
                    + "[results=<dir>] [budgets=quick,campaign,default] [engines=...]");
        }
        return m;
    }

    /** A finished child JVM: its wall time, exit code, output file and the load around it. */
    record Child(double seconds, int exit, Path log, double loadBefore, double loadAfter) {

        static Child run(List<String> cmd, Path dir, Path log) throws IOException, InterruptedException {
            double before = load1();
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Child(seconds, exit, log, before, load1());
        }

        /** The JSON after {@code tag} in the child's output. */
        JsonNode line(String tag) throws IOException {
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith(tag)) return MAPPER.readTree(line.substring(tag.length()));
            }
            throw new IllegalStateException("no " + tag.trim() + " line (exit " + exit + ") in " + log);
        }

        private static double load1() {
            try {
                return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }
    }
}
