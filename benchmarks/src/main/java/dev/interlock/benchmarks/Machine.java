package dev.interlock.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the machine is and how busy it is, read from {@code /proc} (Linux); "unknown" elsewhere. */
final class Machine {

    private Machine() {
    }

    /** The first "model name" of /proc/cpuinfo. */
    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return "unknown";
    }

    /** The 1, 5 and 15 minute load averages of /proc/loadavg, or an empty array. */
    static ArrayNode loadAverage() {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            for (int i = 0; i < 3; i++) a.add(Double.parseDouble(f[i]));
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it empty
        }
        return a;
    }
}
