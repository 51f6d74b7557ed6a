package dev.interlock.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends {@link ResultRecord}s to a JSON Lines file: one record per line, UTF-8. Each call
 * appends whole lines, so a crash never leaves half a record before a complete one.
 */
public final class RecordWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    private RecordWriter(Path file) {
        this.file = file;
    }

    /** A writer that appends to {@code file}, creating it and its parent directories if needed. */
    public static RecordWriter appendingTo(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RecordWriter(file);
    }

    /** As {@link #appendingTo(Path)}, after deleting any earlier file, so that it holds only this run's records. */
    public static RecordWriter replacing(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return appendingTo(file);
    }

    /** The file written to. */
    public Path file() {
        return file;
    }

    /** Appends one record as one line. */
    public void append(ResultRecord record) {
        appendAll(List.of(record));
    }

    /** Appends the records, one line each, in one write. */
    public synchronized void appendAll(List<ResultRecord> records) {
        StringBuilder lines = new StringBuilder();
        for (ResultRecord r : records) lines.append(toJson(r)).append('\n');
        try {
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record as a single line of JSON (no line break). */
    public static String toJson(ResultRecord record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record cannot be written as JSON: " + record, e);
        }
    }

    /** Parses one line written by {@link #toJson(ResultRecord)}. */
    public static ResultRecord fromJson(String line) {
        try {
            return MAPPER.readValue(line, ResultRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a result record: " + line, e);
        }
    }

    /** Reads every record of a JSON Lines file; blank lines are skipped. */
    public static List<ResultRecord> readAll(Path file) {
        try {
            List<ResultRecord> records = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) records.add(fromJson(line));
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
