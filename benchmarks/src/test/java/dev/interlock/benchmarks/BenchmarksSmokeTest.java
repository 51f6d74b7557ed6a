package dev.interlock.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The smoke run of the default build: every benchmark once, in its own fork, for one warm-up and
 * one measured iteration of 100 ms, then the CPython loops with a tiny budget, then the table —
 * written to {@code target/smoke/}, never over the committed results. It proves that the
 * benchmarks compile, run and end (the two-thread ones must not hang at the end of an
 * iteration), and that the table and the benchmarks name each other; it measures nothing.
 */
class BenchmarksSmokeTest {

    private static final Path WORK = Path.of("target", "smoke");

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // ~40 s alone on 2 CPUs; the parent's 60 s is too tight on a loaded machine
    void everyBenchmarkRunsAndEveryRowOfTheTableHasBothScores() throws Exception {
        FullRun.Settings tiny = new FullRun.Settings(1, 1, 1, "100ms", "dev.interlock.benchmarks.");
        JsonNode out = FullRun.run(tiny, WORK, WORK, Path.of("python", "bench_threading.py"), "python3.13", true);

        Set<String> ran = new TreeSet<>();
        for (JsonNode r : RatioTable.readJson(WORK.resolve("jmh-result.json"))) {
            ran.add(r.get("benchmark").asText().replace("dev.interlock.benchmarks.", ""));
            assertTrue(RatioTable.score(r) > 0, () -> r.get("benchmark") + " has no score");
        }
        Set<String> tabled = new TreeSet<>();
        for (Pair p : Pair.ALL) {
            tabled.add(p.ours());
            tabled.add(p.peer());
        }
        assertEquals(tabled, ran, "the benchmarks that ran and the rows of Pair.ALL must name each other");

        assertEquals(Pair.ALL.size(), out.get("rows").size());
        for (JsonNode row : out.get("rows")) {
            assertTrue(row.get("ratio").asDouble() > 0, () -> "no ratio in " + row);
        }
        assertTrue(out.get("python").size() >= 10, () -> "the CPython loops did not all run: " + out.get("python"));
        for (JsonNode row : out.get("python")) {
            assertTrue(row.get("pythonScore").asDouble() > 0 && row.get("interlockScore").asDouble() > 0,
                    () -> "a CPython row without both scores (or naming no benchmark): " + row);
        }
        String md = Files.readString(WORK.resolve("results.md"));
        assertTrue(md.contains("## Interlock vs java.util.concurrent") && md.contains("## CPython"), md);
    }
}
