package dev.interlock.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interlock.ci.Report.CellResult;
import dev.interlock.ci.Report.EngineRun;
import dev.interlock.ci.Report.EnvironmentResult;
import dev.interlock.ci.Report.TestRun;
import dev.interlock.records.ResultRecord;
import dev.interlock.records.ResultRecord.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The report of one run: reads the manifest, the deviations table, every engine's records and the
 * JUnit XML reports under the project root, and judges every cell in this run's environment.
 */
public final class ReportGenerator {

    /** Evidence key of a JUnit record naming the binding class whose tests it summarises. */
    static final String TEST_CLASS_KEY = "testClass";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportGenerator() {
    }

    /**
     * Judges this run.
     *
     * @param root        the project root (the engine modules are its subdirectories)
     * @param manifestDir the expectations directory
     * @param env         this run's environment
     * @param version     the Interlock version
     */
    public static Report generate(Path root, Path manifestDir, RunEnvironment env, String version) {
        // A user's project may have no deviations table; then no cell may say deviates.
        Path semantics = root.resolve("docs").resolve("semantics.md");
        List<DeviationsTable.Row> deviations = Files.isRegularFile(semantics) ? DeviationsTable.read(semantics) : List.of();
        Manifest manifest = Manifest.load(manifestDir, DeviationsTable.ids(deviations));
        List<RecordFiles.Found> found = RecordFiles.readAll(root);

        Map<CellSpec.Key, List<RecordFiles.Found>> byCell = new TreeMap<>();
        for (RecordFiles.Found f : found) {
            ResultRecord r = f.record();
            byCell.computeIfAbsent(new CellSpec.Key(r.subject(), r.property(), r.engine()), k -> new ArrayList<>()).add(f);
        }
        List<CellResult> cells = new ArrayList<>();
        for (CellSpec c : manifest.cells()) {
            List<RecordFiles.Found> mine = byCell.getOrDefault(c.key(), List.of());
            EnvironmentResult result = Judge.judge(c, mine, env, root);
            cells.add(new CellResult(c.subject(), c.property(), c.engine(), c.expect(), c.deviation(), c.reason(),
                    c.note(), c.when() == When.ALWAYS ? null : c.when().describe(), result.verdict(),
                    result.expectedHere(), result.reason(), List.of(result)));
        }
        Set<CellSpec.Key> declared = new HashSet<>();
        manifest.cells().forEach(c -> declared.add(c.key()));
        List<String> withoutCell = new ArrayList<>();
        byCell.forEach((key, rs) -> {
            if (!declared.contains(key)) {
                withoutCell.add(key + " (" + rs.size() + " record(s), e.g. in "
                        + root.toAbsolutePath().relativize(rs.get(0).file().toAbsolutePath()) + ")");
            }
        });

        SurefireReports.Summary junit = SurefireReports.read(root);
        Set<String> recordedClasses = new HashSet<>();
        for (RecordFiles.Found f : found) {
            Object cls = f.record().evidence().get(TEST_CLASS_KEY);
            if (f.record().engine() == Engine.JUNIT && cls != null) recordedClasses.add(cls.toString());
        }
        List<SurefireReports.Failure> outside = junit.failures().stream()
                .filter(f -> !recordedClasses.contains(f.className())).toList();

        return ReportAssembler.assemble(version, List.of(env), manifest.subjects(), manifest.properties(), cells,
                deviations, engineRuns(env, found), List.of(new TestRun(env.id(), junit.modules(), outside, withoutCell)),
                firstJson(root, "target/mutation/summary.json"), json(root.resolve("benchmarks").resolve("results.json")));
    }

    /** Per engine: records, wall time (a duration shared by several records counts once) and budgets. */
    private static List<EngineRun> engineRuns(RunEnvironment env, List<RecordFiles.Found> found) {
        List<EngineRun> runs = new ArrayList<>();
        for (Engine e : Engine.values()) {
            List<ResultRecord> rs = found.stream().map(RecordFiles.Found::record).filter(r -> r.engine() == e).toList();
            if (rs.isEmpty()) continue;
            long sum = rs.stream().filter(r -> !r.evidence().containsKey("durationScope"))
                    .mapToLong(ResultRecord::durationMs).sum();
            long shared = rs.stream().filter(r -> r.evidence().containsKey("durationScope"))
                    .mapToLong(ResultRecord::durationMs).max().orElse(0);
            Set<Map<String, Object>> budgets = new LinkedHashSet<>();
            rs.forEach(r -> budgets.add(r.budget()));
            runs.add(new EngineRun(env.id(), e, rs.size(), sum + shared, List.copyOf(budgets)));
        }
        return runs;
    }

    /** The first {@code <module>/<relative>} file under {@code root}, parsed, or null. */
    private static JsonNode firstJson(Path root, String relative) {
        try (Stream<Path> modules = Files.list(root)) {
            return modules.map(m -> m.resolve(relative)).filter(Files::isRegularFile).sorted().findFirst()
                    .map(ReportGenerator::json).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
