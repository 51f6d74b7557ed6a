package dev.interlock.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary step: PIT's statuses counted apart, the score, the survivors, and the JSON. */
class MutationSummaryTest {

    private static final String REPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <mutations partial="false">
            %s
            </mutations>
            """;

    @TempDir
    Path dir;

    @Test
    void countsEachStatusApartAndScoresKillsByAssertionAndByTimeout() throws IOException {
        Path xml = report(
                mutation("KILLED", "dev.interlock.Lock", "release", 10, "VoidMethodCallMutator", "removed call"),
                mutation("KILLED", "dev.interlock.Lock", "release", 11, "VoidMethodCallMutator", "removed call"),
                mutation("TIMED_OUT", "dev.interlock.Lock$Sync", "tryAcquire", 12, "BooleanTrueReturnValsMutator", "true"),
                mutation("MEMORY_ERROR", "dev.interlock.Event", "set", 13, "VoidMethodCallMutator", "removed call"),
                mutation("SURVIVED", "dev.interlock.Event$Sync", "clear", 62, "MathMutator", "Replaced \"long\" subtraction"),
                mutation("NO_COVERAGE", "dev.interlock.Condition", "awaitNanos", 297, "VoidMethodCallMutator", "wake"),
                mutation("RUN_ERROR", "dev.interlock.Barrier", "reset", 157, "VoidMethodCallMutator", "x"),
                mutation("SURVIVED", "dev.interlock.Barrier", "reset", 150, "MathMutator", "y"));
        MutationSummary summary = new MutationSummary(MutationsXml.read(xml), "1.30.2");

        assertEquals(8, summary.total());
        assertEquals(2, summary.count(Mutant.Status.KILLED));
        assertEquals(1, summary.count(Mutant.Status.TIMED_OUT));
        assertEquals(1, summary.count(Mutant.Status.MEMORY_ERROR));
        assertEquals(2, summary.count(Mutant.Status.SURVIVED));
        assertEquals(1, summary.count(Mutant.Status.NO_COVERAGE));
        assertEquals(1, summary.unjudged());
        assertEquals(3.0 / 8, summary.score(), 1e-9);
        assertEquals(List.of("dev.interlock.Barrier", "dev.interlock.Event$Sync"),
                summary.with(Mutant.Status.SURVIVED).stream().map(Mutant::mutatedClass).toList(), "sorted by class");

        String json = summary.toJson();
        assertTrue(json.contains("\"total\": 8,"), json);
        assertTrue(json.contains("\"killedByAssertion\": 2,"), json);
        assertTrue(json.contains("\"killedByTimeout\": 1,"), json);
        assertTrue(json.contains("\"killedByMemoryError\": 1,"), json);
        assertTrue(json.contains("\"survived\": 2,"), json);
        assertTrue(json.contains("\"noCoverage\": 1,"), json);
        assertTrue(json.contains("\"score\": 0.375,"), json);
        assertTrue(json.contains("{\"class\": \"dev.interlock.Event$Sync\", \"method\": \"clear\", \"line\": 62, "
                + "\"mutator\": \"MathMutator\", \"description\": \"Replaced \\\"long\\\" subtraction\"}"), json);
        assertTrue(json.contains("\"pitVersion\": \"1.30.2\""), json);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary.print(new PrintStream(out, true, StandardCharsets.UTF_8), dir.resolve("summary.json"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("score = (2 + 1) / 8 = 37.5 % (target 90 %: NOT met)"), out::toString);
    }

    @Test
    void aMissingReportIsAnErrorNotAnEmptyScore() {
        IOException e = assertThrows(IOException.class, () -> MutationsXml.read(dir.resolve("mutations.xml")));
        assertTrue(e.getMessage().startsWith("no PIT report at "), e.getMessage());
    }

    @Test
    void jsonStringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", Json.string(new StringBuilder(), "a\"b\\c\nd\u0001").toString());
    }

    private Path report(String... mutations) throws IOException {
        Path xml = dir.resolve("mutations.xml");
        Files.writeString(xml, REPORT.formatted(String.join("\n", mutations)));
        return xml;
    }

    /** One mutation element as PIT 1.30 writes it (the elements the summary does not read left out). */
    private static String mutation(String status, String cls, String method, int line, String mutator, String description) {
        return "<mutation detected='" + !status.equals("SURVIVED") + "' status='" + status + "' numberOfTestsRun='1'>"
                + "<sourceFile>X.java</sourceFile><mutatedClass>" + cls + "</mutatedClass><mutatedMethod>" + method
                + "</mutatedMethod><methodDescription>()V</methodDescription><lineNumber>" + line + "</lineNumber>"
                + "<mutator>org.pitest.mutationtest.engine.gregor.mutators." + mutator + "</mutator>"
                + "<indexes><index>1</index></indexes><blocks><block>0</block></blocks><killingTest/>"
                + "<description>" + description.replace("\"", "&quot;") + "</description></mutation>";
    }
}
