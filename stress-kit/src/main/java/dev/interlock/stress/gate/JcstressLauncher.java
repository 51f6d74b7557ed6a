package dev.interlock.stress.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs every jcstress test of the shaded jar in <b>one</b> invocation (each costs ~4 s of fixed
 * overhead), in a working directory emptied first so that no older result file is ever read.
 * jcstress's exit code is recorded but is not the verdict: it is 0 when no test ran and 1 when a
 * demonstration shows what it should. {@link JcstressReader} grades the run.
 *
 * <p><b>Watchdog.</b> A broken primitive can make a test hang for good (a lost wakeup in a
 * continuous test, or in a signal), and jcstress 0.16 has no time limit of its own. After {@code
 * timeoutMinutes} (0: none) the launcher stops jcstress and its forked VMs; the reader then
 * reports the run as stopped and every test without results as NOT RUN.
 *
 * <p>Arguments ({@code key=value}): {@code jar} (optional: without it jcstress runs from this
 * JVM's class path), {@code workdir}, {@code profile}, {@code timeoutMinutes}, and the budget
 * {@code mode}, {@code iters}, {@code time}, {@code sc}, {@code jvmArgs} ({@link
 * JcstressBudget}); a blank budget value leaves jcstress's default for the mode.
 */
public final class JcstressLauncher {

    private JcstressLauncher() {
    }

    public static void main(String[] argv) throws IOException, InterruptedException {
        Args args = new Args(argv);
        String jar = args.optional("jar");
        String timeout = args.optional("timeoutMinutes");
        JcstressBudget budget = new JcstressBudget(args.required("profile"), args.required("mode"),
                args.optional("iters"), args.optional("time"), args.optional("sc"), args.optional("jvmArgs"),
                timeout.isEmpty() ? 0 : Long.parseLong(timeout));
        launch(jar.isEmpty() ? null : Paths.get(jar), Paths.get(args.required("workdir")), budget);
    }

    /**
     * Runs jcstress once in {@code workdir} (emptied first) and leaves {@link RunInfo#FILE} there
     * for the reader.
     *
     * @param jar the shaded jcstress jar, or null to run jcstress from this JVM's class path (the
     *            tests, their {@code META-INF/TestList} first, and jcstress-core on it)
     */
    public static void launch(Path jar, Path workdir, JcstressBudget budget) throws IOException, InterruptedException {
        if (jar != null && !Files.isRegularFile(jar)) throw new IllegalStateException("no jcstress jar at " + jar);
        emptyDirectory(workdir);

        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("profile", budget.profile());
        recorded.put("mode", budget.mode());
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 22) command.add("--enable-native-access=ALL-UNNAMED"); // JNA
        if (jar != null) {
            command.add("-jar");
            command.add(jar.toString());
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("org.openjdk.jcstress.Main");
        }
        command.add("-m");
        command.add(budget.mode());
        Map<String, String> options = new LinkedHashMap<>();
        options.put("iters", budget.iters());
        options.put("time", budget.time());
        options.put("sc", budget.sc());
        options.put("jvmArgs", budget.jvmArgs());
        options.forEach((option, value) -> {
            recorded.put(option, asJson(value));
            if (value.isEmpty()) return;
            command.add("-" + option);
            command.add(value); // one argument, spaces and all: no shell in between
        });
        recorded.put("forks", "mode default");

        System.out.println("[jcstress] " + String.join(" ", command));
        System.out.println("[jcstress] working directory " + workdir);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workdir.toFile()).inheritIO().start();
        long timeoutMinutes = budget.timeoutMinutes();
        boolean stopped = false;
        if (timeoutMinutes > 0 && !process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            stopped = true;
            System.out.println("[jcstress] still running after " + timeoutMinutes + " min: a test hangs; stopping jcstress and its forked VMs");
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        int exit = process.waitFor();
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        new RunInfo(recorded, command, exit, durationMs, stopped ? timeoutMinutes : 0).write(workdir);
        System.out.printf("[jcstress] exited with %d after %.1f s; the verdict is the reader's, not this exit code%n",
                exit, durationMs / 1000.0);
    }

    /** A budget value as it should appear in the record: a number, a boolean, text, or "mode default". */
    private static Object asJson(String value) {
        if (value.isEmpty()) return "mode default";
        if (value.matches("\\d{1,9}")) return Integer.valueOf(value);
        if (value.equals("true") || value.equals("false")) return Boolean.valueOf(value);
        return value;
    }

    private static void emptyDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
    }
}
