package dev.interlock.ci;

import dev.interlock.records.RecordWriter;
import dev.interlock.records.ResultRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and reads the result records every engine module wrote in this build: every
 * {@code *.jsonl} file under a {@code <module>/target/interlock-records/} directory of the project.
 */
public final class RecordFiles {

    private RecordFiles() {
    }

    /** A record and the file it came from. */
    public record Found(ResultRecord record, Path file) {
    }

    /** The record files under {@code root}, in path order. */
    public static List<Path> find(Path root) {
        try (Stream<Path> s = Files.walk(root, 8)) {
            return s.filter(p -> p.toString().endsWith(".jsonl"))
                    .filter(RecordFiles::isUnderRecordsDir)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + root + " for result records", e);
        }
    }

    /** Every record of every file under {@code root}. */
    public static List<Found> readAll(Path root) {
        List<Found> found = new ArrayList<>();
        for (Path f : find(root)) {
            for (ResultRecord r : RecordWriter.readAll(f)) found.add(new Found(r, f));
        }
        return found;
    }

    private static boolean isUnderRecordsDir(Path p) {
        boolean target = false;
        for (Path part : p) {
            if (part.toString().equals(".git")) return false;
            if (target && part.toString().equals("interlock-records")) return true;
            target = part.toString().equals("target");
        }
        return false;
    }
}
