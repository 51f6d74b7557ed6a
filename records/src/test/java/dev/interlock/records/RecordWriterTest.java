package dev.interlock.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interlock.records.ResultRecord.Engine;
import dev.interlock.records.ResultRecord.Environment;
import dev.interlock.records.ResultRecord.Observed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordWriterTest {

    private static ResultRecord sample() {
        Map<String, Object> outcomes = new LinkedHashMap<>();
        outcomes.put("1", 3L);
        outcomes.put("2", 1_000_000L);
        return ResultRecord.of(Engine.JCSTRESS, "Lock", "mutual-exclusion", Observed.HOLDS,
                Map.of("mode", "quick", "iters", 1), Map.of("outcomes", outcomes, "samples", 1_000_003L),
                1234L, new Environment("17.0.15", "amd64", 2));
    }

    @Test
    void writesTheFieldNamesOfTheSharedFormatInOrder() throws Exception {
        JsonNode json = new ObjectMapper().readTree(RecordWriter.toJson(sample()));
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("schema", "engine", "subject", "property", "observed", "budget", "evidence",
                "durationMs", "environment"), names, "no deviation: the field is left out");
        assertEquals(1, json.get("schema").intValue());
        assertEquals("jcstress", json.get("engine").textValue());
        assertEquals("holds", json.get("observed").textValue());
        List<String> env = new ArrayList<>();
        json.get("environment").fieldNames().forEachRemaining(env::add);
        assertEquals(List.of("jdk", "arch", "cpus"), env);
    }

    @Test
    void writesTheDeviationWhenThereIsOne() throws Exception {
        ResultRecord r = sample();
        ResultRecord withDeviation = new ResultRecord(1, Engine.JUNIT, "RLock", "hold-count-overflow",
                Observed.VIOLATED, "D7", r.budget(), r.evidence(), 5, r.environment());
        JsonNode json = new ObjectMapper().readTree(RecordWriter.toJson(withDeviation));
        assertEquals("D7", json.get("deviation").textValue());
        assertEquals("junit", json.get("engine").textValue());
        assertEquals("violated", json.get("observed").textValue());
    }

    @Test
    void everyEngineAndObservationHasItsExactJsonValue() {
        assertEquals(List.of("junit", "lincheck-model-checking", "lincheck-stress", "lincheck-general", "jcstress"),
                java.util.Arrays.stream(Engine.values()).map(Engine::id).toList());
        assertEquals(List.of("holds", "violated", "error"),
                java.util.Arrays.stream(Observed.values()).map(Observed::id).toList());
        for (Engine e : Engine.values()) assertEquals(e, Engine.of(e.id()));
        assertThrows(IllegalArgumentException.class, () -> RecordWriter.fromJson(
                RecordWriter.toJson(sample()).replace("\"jcstress\"", "\"jmh\"")));
    }

    @Test
    void roundTripsThroughAJsonLinesFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/records.jsonl");
        RecordWriter writer = RecordWriter.appendingTo(file);
        ResultRecord first = sample();
        ResultRecord second = new ResultRecord(1, Engine.LINCHECK_STRESS, "Semaphore", "permits-conserved",
                Observed.ERROR, null, Map.of(), Map.of("message", "hung"), 7, Environment.current());
        writer.append(first);
        writer.append(second);

        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertFalse(lines.get(0).contains("\n"));
        List<ResultRecord> read = RecordWriter.readAll(file);
        assertEquals(second, read.get(1));
        // Numbers come back as Jackson's smallest fitting type; compare through JSON.
        assertEquals(RecordWriter.toJson(first), RecordWriter.toJson(read.get(0)));
        assertEquals("Lock", read.get(0).subject());
    }

    @Test
    void replacingStartsAFreshFile(@TempDir Path dir) {
        Path file = dir.resolve("records.jsonl");
        RecordWriter.appendingTo(file).append(sample());
        RecordWriter.replacing(file).append(sample());
        assertEquals(1, RecordWriter.readAll(file).size());
        assertTrue(Environment.current().cpus() > 0);
    }
}
