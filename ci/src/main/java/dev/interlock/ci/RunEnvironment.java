package dev.interlock.ci;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Where one run happened and with what: the environment block of the report. A merged report
 * has one per environment (a column of its matrix); shards of one environment share the id.
 *
 * @param id         {@code jdk<feature>-<arch>}, e.g. {@code jdk17-amd64}: the column of a merged report
 * @param jdkVendor  {@code java.vendor}
 * @param jdkVersion {@code java.runtime.version}
 * @param jdkFeature the feature release, e.g. 17
 * @param os         OS name and version
 * @param arch       {@code os.arch}
 * @param cpus       processors available to the JVM
 * @param memoryMb   physical memory of the machine, in MiB (0 if unknown)
 * @param profile    {@code default} or {@code campaign}
 * @param engines    the engines this run was asked to run (a shard runs fewer)
 * @param tools      tool versions: lincheck, jcstress, junit, maven
 * @param commit     the git commit, or {@code unknown}
 * @param dirty      whether the work tree had uncommitted changes
 */
@JsonPropertyOrder({"id", "jdkVendor", "jdkVersion", "jdkFeature", "os", "arch", "cpus", "memoryMb", "profile",
        "engines", "tools", "commit", "dirty"})
public record RunEnvironment(String id, String jdkVendor, String jdkVersion, int jdkFeature, String os, String arch,
                             int cpus, long memoryMb, String profile, List<String> engines, Map<String, String> tools,
                             String commit, boolean dirty) {

    public RunEnvironment {
        engines = List.copyOf(engines);
        tools = new TreeMap<>(tools);
    }

    /** The environment of this JVM, with the run's settings and the git state of {@code root}. */
    public static RunEnvironment current(String profile, List<String> engines, Map<String, String> tools, Path root) {
        String arch = System.getProperty("os.arch");
        int feature = Runtime.version().feature();
        return new RunEnvironment(idOf(feature, arch), System.getProperty("java.vendor"),
                System.getProperty("java.runtime.version"), feature,
                System.getProperty("os.name") + " " + System.getProperty("os.version"), arch,
                Runtime.getRuntime().availableProcessors(), physicalMemoryMb(), profile, engines, tools,
                git(root, "rev-parse", "HEAD").orElse("unknown"),
                git(root, "status", "--porcelain").map(s -> !s.isBlank()).orElse(false));
    }

    /** The column id for a JDK feature release and an architecture. */
    public static String idOf(int jdkFeature, String arch) {
        String a = When.normalArch(arch);
        return "jdk" + jdkFeature + "-" + (a == null ? arch.toLowerCase(Locale.ROOT) : a);
    }

    private static long physicalMemoryMb() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024 * 1024);
        }
        return 0;
    }

    private static java.util.Optional<String> git(Path root, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = root.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) return java.util.Optional.empty();
            return java.util.Optional.of(out);
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }
}
