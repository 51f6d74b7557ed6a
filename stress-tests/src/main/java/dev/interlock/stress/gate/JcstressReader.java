package dev.interlock.stress.gate;

import dev.interlock.records.RecordWriter;
import dev.interlock.records.ResultRecord;
import dev.interlock.records.ResultRecord.Engine;
import dev.interlock.records.ResultRecord.Environment;
import dev.interlock.records.ResultRecord.Observed;
import dev.interlock.stress.Expectation;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.ReportUtils;
import org.openjdk.jcstress.infra.runners.TestList;

/**
 * Reads the result file of the one jcstress invocation with jcstress's own classes, grades every
 * test declared in {@code META-INF/TestList} against its {@link Expectation}, writes one {@link
 * ResultRecord} per test that ran, prints a summary, and exits 1 (failing the build) when:
 * <ul>
 *   <li>a correct primitive showed a FORBIDDEN (or undeclared) outcome, or jcstress reported an
 *       error for it (an actor exception, a VM error);</li>
 *   <li>a demonstration's ACCEPTABLE_INTERESTING outcome was never observed, or it errored;</li>
 *   <li>a declared test did not run or ran 0 samples (NOT RUN) — jcstress exits 0 then, and
 *       grades a 0-sample test as passed;</li>
 *   <li>a declared test has no {@link Expectation}.</li>
 * </ul>
 * Until the {@code ci} module's gate exists, this is the gate of the stress tests.
 *
 * <p>Arguments ({@code key=value}): {@code workdir} (the launcher's), {@code records} (the JSON
 * Lines file to write; replaced).
 */
public final class JcstressReader {

    private static final String TAG = "[jcstress-gate] ";

    private JcstressReader() {
    }

    /** One declared test, graded. {@code observed} is null when the test did not run. */
    private record Graded(String name, Expectation expectation, Observed observed, long samples, long forks,
                          Map<String, Long> outcomes, List<String> problems) {

        String verdict() {
            if (expectation == null) return "UNDECLARED";
            if (observed == null) return "NOT_RUN";
            boolean holds = expectation.expected() == Expectation.Expected.HOLDS;
            return switch (observed) {
                case HOLDS -> holds ? "VERIFIED" : "ESCAPED";
                case VIOLATED -> holds ? "FAILED" : "CAUGHT";
                case ERROR -> "FAILED";
            };
        }

        boolean passes() {
            return problems.isEmpty();
        }
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path workdir = Paths.get(args.required("workdir"));
        Path recordsFile = Paths.get(args.required("records"));
        int status = run(workdir, recordsFile);
        System.exit(status);
    }

    static int run(Path workdir, Path recordsFile) throws IOException, ClassNotFoundException {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(workdir.resolve(RunInfo.FILE))) {
            System.out.println(TAG + "FAILED: jcstress did not run: no " + RunInfo.FILE + " in " + workdir);
            return 1;
        }
        RunInfo run = RunInfo.read(workdir);
        if (run.stoppedAfterMinutes() > 0) {
            problems.add("jcstress did not finish within " + run.stoppedAfterMinutes() + " min and was stopped:"
                    + " a test hung (the last test in the log above); tests without results are NOT RUN");
        }

        List<Path> resultFiles = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(workdir, "jcstress-results-*.bin.gz")) {
            files.forEach(resultFiles::add);
        }
        Collection<TestResult> raw = List.of();
        if (resultFiles.size() != 1) {
            problems.add("expected exactly one jcstress result file in " + workdir + ", found " + resultFiles.size());
        } else {
            InProcessCollector collector = new InProcessCollector();
            DiskReadCollector reader = new DiskReadCollector(resultFiles.get(0).toString(), collector);
            try {
                reader.dump();
            } catch (IOException e) { // a run stopped by the watchdog leaves a truncated file
                problems.add("the result file ends early (" + e + "): tests after that point count as NOT RUN");
            } finally {
                reader.close();
            }
            raw = collector.getTestResults();
        }

        // One TestResult per fork; merged per test name as jcstress's own report does.
        Map<String, Long> forks = raw.stream().collect(Collectors.groupingBy(TestResult::getName, Collectors.counting()));
        Map<String, TestResult> merged = new TreeMap<>();
        for (TestResult r : ReportUtils.mergedByName(raw)) merged.put(r.getName(), r);

        SortedSet<String> declared = new TreeSet<>(TestList.tests());
        if (declared.isEmpty()) problems.add("META-INF/TestList declares no test: did the jcstress annotation processor run?");
        for (String name : merged.keySet()) {
            if (!declared.contains(name)) problems.add("a result for " + name + ", which TestList does not declare");
        }

        List<Graded> graded = new ArrayList<>();
        for (String name : declared) {
            graded.add(grade(name, merged.get(name), forks.getOrDefault(name, 0L)));
        }

        Environment environment = Environment.current();
        RecordWriter writer = RecordWriter.replacing(recordsFile);
        List<ResultRecord> records = new ArrayList<>();
        for (Graded g : graded) {
            if (g.observed() == null || g.expectation() == null) continue; // NOT RUN: no record, by design
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("test", g.name());
            evidence.put("outcomes", g.outcomes());
            evidence.put("samples", g.samples());
            evidence.put("forks", g.forks());
            evidence.put("durationScope", "the whole jcstress invocation (" + declared.size()
                    + " tests); jcstress does not time single tests");
            records.add(ResultRecord.of(Engine.JCSTRESS, g.expectation().subject(), g.expectation().property(),
                    g.observed(), run.budget(), evidence, run.durationMs(), environment));
        }
        writer.appendAll(records);

        printSummary(workdir, run, declared.size(), graded, records.size(), recordsFile);
        for (Graded g : graded) g.problems().forEach(p -> problems.add(g.verdict() + " " + g.name() + ": " + p));
        if (problems.isEmpty()) {
            System.out.println(TAG + "PASSED: every declared test ran and showed what its @Expectation says.");
            return 0;
        }
        System.out.println(TAG + "FAILED: " + problems.size() + " problem(s):");
        problems.forEach(p -> System.out.println(TAG + "  " + p));
        return 1;
    }

    private static Graded grade(String name, TestResult result, long forks) throws ClassNotFoundException {
        List<String> problems = new ArrayList<>();
        Class<?> test = Class.forName(TestList.getInfo(name).binaryName(), false, JcstressReader.class.getClassLoader());
        Expectation expectation = test.getAnnotation(Expectation.class);
        if (expectation == null) {
            problems.add("the test declares no @" + Expectation.class.getSimpleName() + ": nothing to grade it against");
        }
        if (result == null) {
            problems.add("declared in TestList but absent from the results (filtered, unschedulable, or 0 forks)");
            return new Graded(name, expectation, null, 0, forks, Map.of(), problems);
        }
        if (result.status() == Status.NORMAL && result.getTotalCount() == 0) {
            problems.add("ran 0 samples in " + forks + " fork(s): jcstress grades that as passed, we do not");
            return new Graded(name, expectation, null, 0, forks, Map.of(), problems);
        }

        Map<String, Long> outcomes = new TreeMap<>();
        for (String state : result.getStateKeys()) outcomes.put(state, result.getCount(state));

        // Bad outcomes: FORBIDDEN or undeclared (UNKNOWN) on any test; ACCEPTABLE_INTERESTING is the
        // demonstration's bad outcome (correct primitives declare none).
        List<String> forbidden = new ArrayList<>();
        List<String> interesting = new ArrayList<>();
        for (GradingResult gr : result.grading().gradingResults.values()) {
            if (gr.count == 0) continue;
            String line = "'" + gr.id + "' x" + gr.count + (gr.description == null ? "" : " (" + gr.description + ")");
            if (gr.expect == Expect.FORBIDDEN || gr.expect == Expect.UNKNOWN) forbidden.add(line);
            else if (gr.expect == Expect.ACCEPTABLE_INTERESTING) interesting.add(line);
        }

        Observed observed;
        if (result.status() != Status.NORMAL) {
            observed = Observed.ERROR;
            String messages = result.getMessages().stream().map(String::strip).filter(m -> !m.isEmpty()).limit(3)
                    .collect(Collectors.joining(" | "));
            problems.add("jcstress status " + result.status() + (messages.isEmpty() ? "" : ": " + messages));
        } else if (!forbidden.isEmpty() || !interesting.isEmpty()) {
            observed = Observed.VIOLATED;
        } else {
            observed = Observed.HOLDS;
        }

        if (expectation != null && observed != Observed.ERROR) {
            if (expectation.expected() == Expectation.Expected.HOLDS) {
                if (!forbidden.isEmpty()) problems.add("FORBIDDEN outcome observed: " + String.join("; ", forbidden));
                if (!interesting.isEmpty()) {
                    problems.add("a correct primitive showed an ACCEPTABLE_INTERESTING outcome: " + String.join("; ", interesting));
                }
            } else {
                if (interesting.isEmpty()) {
                    problems.add("the demonstration's interesting outcome was never observed in " + result.getTotalCount()
                            + " samples: the bug escaped (outcomes " + outcomes + ")");
                }
                if (!forbidden.isEmpty()) problems.add("an outcome the demonstration forbids: " + String.join("; ", forbidden));
            }
        }
        return new Graded(name, expectation, observed, result.getTotalCount(), forks, outcomes, problems);
    }

    private static void printSummary(Path workdir, RunInfo run, int declared, List<Graded> graded, int records,
                                     Path recordsFile) {
        long ran = graded.stream().filter(g -> g.observed() != null).count();
        long samples = graded.stream().mapToLong(Graded::samples).sum();
        long forks = graded.stream().mapToLong(Graded::forks).sum();
        int width = graded.stream().mapToInt(g -> g.name().length()).max().orElse(10);
        System.out.println();
        System.out.printf(TAG + "%-" + width + "s  %-8s  %-8s  %15s  %5s  %s%n",
                "TEST", "EXPECTED", "OBSERVED", "SAMPLES", "FORKS", "VERDICT");
        for (Graded g : graded) {
            System.out.printf(TAG + "%-" + width + "s  %-8s  %-8s  %,15d  %5d  %s%n", g.name(),
                    g.expectation() == null ? "-" : g.expectation().expected().name().toLowerCase(),
                    g.observed() == null ? "-" : g.observed().id(), g.samples(), g.forks(),
                    g.verdict() + (g.passes() ? "" : "  <-- gate"));
        }
        System.out.printf(TAG + "%d tests declared, %d ran, %d not run; %,d samples in %d forks%n",
                declared, ran, declared - ran, samples, forks);
        System.out.printf(TAG + "budget %s; jcstress took %.1f s, exit code %d (not the verdict)%n",
                run.budget(), run.durationMs() / 1000.0, run.exitCode());
        System.out.println(TAG + records + " records in " + recordsFile);
        System.out.println(TAG + "jcstress's report: " + workdir.resolve("results").resolve("index.html"));
    }
}
