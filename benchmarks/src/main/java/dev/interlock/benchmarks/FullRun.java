package dev.interlock.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One run from start to table: every JMH benchmark, then the CPython loops, then {@link
 * RatioTable}; the load average is read before and after. {@code -Pbenchmarks} runs it with the
 * full settings; the smoke test runs it with a tiny budget into {@code target/}.
 *
 * <p>Usage: {@code FullRun forks=2 warmupIterations=5 iterations=5 time=1s include=<regex>
 * python=python3.13 work=<dir> results=<dir>}; JMH's output goes to {@code <work>/jmh.log}, the
 * raw results to {@code <work>/jmh-result.json} and {@code <work>/python-result.json}, and the
 * table to {@code <results>/results.md} and {@code <results>/results.json}.
 */
public final class FullRun {

    /** The documented way to run it. */
    public static final String COMMAND = "./mvnw -pl benchmarks -am verify -Pbenchmarks -DskipTests";

    /** JMH settings of one run. */
    public record Settings(int forks, int warmupIterations, int iterations, String time, String include) {
    }

    private FullRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = RatioTable.Args.parse(args);
        Settings s = new Settings(Integer.parseInt(a.getOrDefault("forks", "2")),
                Integer.parseInt(a.getOrDefault("warmupIterations", "5")),
                Integer.parseInt(a.getOrDefault("iterations", "5")), a.getOrDefault("time", "1s"),
                a.getOrDefault("include", "dev.interlock.benchmarks."));
        Path results = Path.of(a.getOrDefault("results", "benchmarks"));
        run(s, Path.of(a.getOrDefault("work", "benchmarks/target/full-run")), results,
                results.resolve("python/bench_threading.py"), a.getOrDefault("python", "python3.13"), false);
    }

    /**
     * Runs everything and writes the table into {@code results}; returns what was written.
     *
     * @param quickPython run the CPython loops with a tiny budget (the smoke test)
     */
    public static ObjectNode run(Settings s, Path work, Path results, Path pythonScript, String python,
                                 boolean quickPython) throws IOException, InterruptedException, RunnerException {
        Files.createDirectories(work);
        Path jmhJson = work.resolve("jmh-result.json");
        Path pythonJson = work.resolve("python-result.json");
        Files.deleteIfExists(jmhJson);
        Files.deleteIfExists(pythonJson);

        ObjectNode info = JsonNodeFactory.instance.objectNode();
        info.put("command", COMMAND);
        ObjectNode settings = info.putObject("settings");
        settings.put("forks", s.forks());
        settings.put("warmupIterations", s.warmupIterations());
        settings.put("iterations", s.iterations());
        settings.put("time", s.time());
        settings.put("include", s.include());
        info.put("started", Instant.now().toString());
        info.set("loadBefore", Machine.loadAverage());
        long start = System.nanoTime();

        Collection<RunResult> jmh = new Runner(options(s, jmhJson, work.resolve("jmh.log"))).run();
        if (jmh.isEmpty()) throw new IllegalStateException("JMH ran no benchmark for " + s.include());
        long jmhEnd = System.nanoTime();

        runPython(python, pythonScript, pythonJson, quickPython, work.resolve("python.log"));
        long end = System.nanoTime();

        info.set("loadAfter", Machine.loadAverage());
        info.put("finished", Instant.now().toString());
        RatioTable.putNumber(info, "jmhSeconds", (jmhEnd - start) / 1e9);
        RatioTable.putNumber(info, "pythonSeconds", (end - jmhEnd) / 1e9);
        RatioTable.putNumber(info, "durationSeconds", (end - start) / 1e9);
        Path runInfo = work.resolve("run-info.json");
        RatioTable.writeJson(runInfo, info);

        return RatioTable.write(jmhJson, pythonJson, results.resolve("verification-cost.json"), runInfo,
                results.resolve("results.md"), results.resolve("results.json"));
    }

    static Options options(Settings s, Path resultFile, Path log) {
        TimeValue time = TimeValue.fromString(s.time());
        return new OptionsBuilder()
                .include(s.include())
                .forks(s.forks())
                .warmupIterations(s.warmupIterations())
                .warmupTime(time)
                .measurementIterations(s.iterations())
                .measurementTime(time)
                .resultFormat(ResultFormatType.JSON)
                .result(resultFile.toString())
                .output(log.toString())
                .build();
    }

    private static void runPython(String python, Path script, Path out, boolean quick, Path log)
            throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(PythonCommand.resolve(python), script.toString(), "--out", out.toString()));
        if (quick) cmd.add("--quick");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited " + exit + ":\n" + Files.readString(log));
        }
    }
}
