package dev.interlock.conformance.support;

import dev.interlock.records.RecordWriter;
import dev.interlock.records.ResultRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The record files of this JVM: each is replaced by its first write (so that it holds no record
 * of an earlier build) and appended to after that; writes to one file are serialized, writes to
 * different files are not.
 */
final class RecordFiles {
    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();
    private static final Set<Path> WRITTEN = ConcurrentHashMap.newKeySet();

    private RecordFiles() {
    }

    /** Writes {@code records} (possibly none: the file is still replaced or created). */
    static void replaceOnceThenAppend(Path file, List<ResultRecord> records) {
        Path key = file.toAbsolutePath().normalize();
        synchronized (LOCKS.computeIfAbsent(key, k -> new Object())) {
            RecordWriter writer = WRITTEN.add(key) ? RecordWriter.replacing(key) : RecordWriter.appendingTo(key);
            writer.appendAll(records);
        }
    }
}
