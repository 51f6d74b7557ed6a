package dev.interlock.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.Options;

/**
 * Runs Lincheck and turns what it printed into an {@link Observation}: the outcome classified from
 * the failure title, the number of runs used, and the report saved as a trace file under {@code
 * target/lincheck-traces/} ({@code -Dinterlock.traces.dir}).
 *
 * <p><b>Counting runs.</b> Lincheck has no public "explored everything" flag: its loop stops early
 * when the interleaving tree is exhausted, so <i>runs &lt; budget</i> means complete. For the
 * general-purpose API the count is a {@link StringBuilder} created outside the block and appended
 * to at the start of each run (Lincheck neither instruments nor rolls it back; a static field or
 * an atomic written inside the block is reset after each run). For the data-structure API it is the
 * number of test-class instances, one per invocation ({@link #constructed()}).
 */
public final class LincheckRun {

    private static final AtomicLong CONSTRUCTED = new AtomicLong();
    private static final Pattern TITLE = Pattern.compile("^= .* =$", Pattern.MULTILINE);

    private LincheckRun() {
    }

    /** Called by every model's constructor: one instance per invocation. */
    static void countInstance() {
        CONSTRUCTED.incrementAndGet();
    }

    /** Model instances created so far in this JVM. */
    static long constructed() {
        return CONSTRUCTED.get();
    }

    /** Runs a data-structure model with {@code options}; never throws for a Lincheck failure. */
    public static Observation dataStructure(Options<?, ?> options, Class<?> testClass, long budget, String traceName) {
        long before = constructed();
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            options.check(testClass);
        } catch (Throwable e) {
            failure = e;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        // Instances made during the check: one per invocation, plus any Lincheck makes for itself,
        // so an upper bound of invocations, which is the safe direction for "runs < budget".
        long runs = constructed() - before;
        return observe(failure, runs, budget, ms, traceName);
    }

    /** Runs a general-purpose test of {@code invocations} runs; never throws for a Lincheck failure. */
    public static Observation general(int invocations, Runnable block, String traceName) {
        StringBuilder runs = new StringBuilder();
        Runnable counted = () -> {
            runs.append('r');
            block.run();
        };
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            Lincheck.runConcurrentTest(invocations, counted);
        } catch (Throwable e) {
            failure = e;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        return observe(failure, runs.length(), invocations, ms, traceName);
    }

    private static Observation observe(Throwable failure, long runs, long budget, long ms, String traceName) {
        if (failure == null) return new Observation(Outcome.HOLDS, null, null, runs, budget, ms, null);
        String report = failure instanceof LincheckAssertionError ? String.valueOf(failure.getMessage())
                : stackTrace(failure);
        String title = title(report);
        Outcome outcome = failure instanceof LincheckAssertionError ? classify(title) : Outcome.ERROR;
        if (title == null) title = failure.getClass().getName();
        Path trace = save(traceName, title, report);
        return new Observation(outcome, title, report, runs, budget, ms, trace);
    }

    /** The first {@code = ... =} line of a Lincheck report, or null. */
    static String title(String report) {
        Matcher m = TITLE.matcher(report);
        return m.find() ? m.group() : null;
    }

    /** The outcome a Lincheck failure title stands for. */
    static Outcome classify(String title) {
        if (title == null) return Outcome.ERROR;
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("invalid execution results") || t.contains("concurrent test failed")) return Outcome.WRONG_RESULT;
        if (t.contains("hung") || t.contains("deadlock") || t.contains("livelock")) return Outcome.HANG;
        return Outcome.ERROR;
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }

    private static Path save(String name, String title, String report) {
        Path dir = Path.of(System.getProperty("interlock.traces.dir", "target/lincheck-traces"));
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, title + System.lineSeparator() + report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
