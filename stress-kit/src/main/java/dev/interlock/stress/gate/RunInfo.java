package dev.interlock.stress.gate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the launcher tells the reader about the jcstress invocation, kept as {@value #FILE} in the
 * working directory.
 *
 * @param budget     the budget the run used (profile, mode, iters, time, sc, jvmArgs)
 * @param command    the full command line
 * @param exitCode   jcstress's exit code: recorded, never the verdict
 * @param durationMs wall time of the whole invocation
 * @param stoppedAfterMinutes 0 if jcstress finished; else the watchdog's limit, after which it was stopped
 */
record RunInfo(Map<String, Object> budget, List<String> command, int exitCode, long durationMs,
               long stoppedAfterMinutes) {

    static final String FILE = "interlock-run.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    void write(Path workdir) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(workdir.resolve(FILE).toFile(), this);
    }

    static RunInfo read(Path workdir) throws IOException {
        return MAPPER.readValue(workdir.resolve(FILE).toFile(), RunInfo.class);
    }
}
