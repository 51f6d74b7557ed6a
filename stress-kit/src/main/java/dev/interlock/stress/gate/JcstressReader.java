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
 * test declared in {@code META-INF/TestList}, writes one {@link ResultRecord} per declared test,
 * and prints a summary. It records and goes on — it never fails the build — because the verdict is
 * the {@code ci} module's, after the report is written. What it records:
 * <ul>
 *   <li>{@code violated} when a FORBIDDEN, undeclared or ACCEPTABLE_INTERESTING outcome was seen
 *       (the outcomes are listed in the evidence), {@code holds} when none was;</li>
 *   <li>{@code error} when jcstress reported an error (an actor exception, a VM error);</li>
 *   <li>a {@code notRun} record (evidence {@code notRun}: the reason) when a declared test did not
 *       run or ran 0 samples — jcstress exits 0 then, and grades a 0-sample test as passed; we
 *       do not.</li>
 * </ul>
 * A test without an {@link Expectation} gets no record (it names no subject and property); the
 * summary says so and {@code ci} then finds no record for the cell the test was meant to fill.
 * The summary's verdict column applies the test's own {@code @Expectation} only for the reader of
 * the log; the manifest in {@code ci} decides.
 *
 * <p>Arguments ({@code key=value}): {@code workdir} (the launcher's), {@code records} (the JSON
 * Lines file to write; replaced).
 */
public final class JcstressReader {

    private static final String TAG = "[jcstress-reader] ";

    private JcstressReader() {
    }

    /** One declared test, graded. {@code observed} is null when the test did not run. */
    private record Graded(String name, Expectation expectation, Observed observed, long samples, long forks,
                          Map<String, Long> outcomes, List<String> badOutcomes, List<String> messages,
                          List<String> problems) {

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
        List<String> problems = run(workdir, recordsFile);
        if (problems.isEmpty()) {
            System.out.println(TAG + "every declared test ran and showed what its @Expectation says.");
        } else {
            System.out.println(TAG + problems.size() + " problem(s), for the ci gate to judge:");
            problems.forEach(p -> System.out.println(TAG + "  " + p));
        }
    }

    /** Whether the launcher left a jcstress run in {@code workdir} to read. */
    public static boolean ran(Path workdir) {
        return Files.isRegularFile(workdir.resolve(RunInfo.FILE));
    }

    /**
     * Grades the run in {@code workdir}, writes {@code recordsFile} (replaced) and prints the table.
     *
     * @return the problems seen against the tests' own {@link Expectation}s, for the log; the
     *         verdict is the {@code ci} report's
     */
    public static List<String> run(Path workdir, Path recordsFile) throws IOException, ClassNotFoundException {
        List<String> problems = new ArrayList<>();
        RecordWriter writer = RecordWriter.replacing(recordsFile);
        if (!Files.isRegularFile(workdir.resolve(RunInfo.FILE))) {
            problems.add("jcstress did not run: no " + RunInfo.FILE + " in " + workdir + "; no records written");
            return problems;
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
        List<ResultRecord> records = new ArrayList<>();
        for (Graded g : graded) {
            if (g.expectation() == null) continue; // names no subject and property: nothing to record
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("test", g.name());
            if (g.observed() == null) {
                evidence.put("notRun", String.join("; ", g.problems()));
                records.add(ResultRecord.of(Engine.JCSTRESS, g.expectation().subject(), g.expectation().property(),
                        Observed.ERROR, run.budget(), evidence, 0, environment));
                continue;
            }
            evidence.put("outcomes", g.outcomes());
            if (!g.badOutcomes().isEmpty()) evidence.put("badOutcomes", g.badOutcomes());
            evidence.put("samples", g.samples());
            evidence.put("forks", g.forks());
            evidence.put("durationScope", "the whole jcstress invocation (" + declared.size()
                    + " tests); jcstress does not time single tests");
            if (!g.messages().isEmpty()) evidence.put("messages", g.messages());
            records.add(ResultRecord.of(Engine.JCSTRESS, g.expectation().subject(), g.expectation().property(),
                    g.observed(), run.budget(), evidence, run.durationMs(), environment));
        }
        writer.appendAll(records);

        printSummary(workdir, run, declared.size(), graded, records.size(), recordsFile);
        for (Graded g : graded) g.problems().forEach(p -> problems.add(g.verdict() + " " + g.name() + ": " + p));
        return problems;
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
            return new Graded(name, expectation, null, 0, forks, Map.of(), List.of(), List.of(), problems);
        }
        if (result.status() == Status.NORMAL && result.getTotalCount() == 0) {
            problems.add("ran 0 samples in " + forks + " fork(s): jcstress grades that as passed, we do not");
            return new Graded(name, expectation, null, 0, forks, Map.of(), List.of(), List.of(), problems);
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
        List<String> messages = List.of();
        if (result.status() != Status.NORMAL) {
            observed = Observed.ERROR;
            messages = result.getMessages().stream().map(String::strip).filter(m -> !m.isEmpty()).limit(3).toList();
            problems.add("jcstress status " + result.status() + (messages.isEmpty() ? "" : ": " + String.join(" | ", messages)));
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
        List<String> bad = new ArrayList<>(forbidden);
        bad.addAll(interesting);
        return new Graded(name, expectation, observed, result.getTotalCount(), forks, outcomes, bad, messages, problems);
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
                    g.verdict() + (g.passes() ? "" : "  <-- see below"));
        }
        System.out.printf(TAG + "%d tests declared, %d ran, %d not run; %,d samples in %d forks%n",
                declared, ran, declared - ran, samples, forks);
        System.out.printf(TAG + "budget %s; jcstress took %.1f s, exit code %d (not the verdict)%n",
                run.budget(), run.durationMs() / 1000.0, run.exitCode());
        System.out.println(TAG + records + " records in " + recordsFile);
        System.out.println(TAG + "jcstress's report: " + workdir.resolve("results").resolve("index.html"));
    }
}
