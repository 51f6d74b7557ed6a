package dev.interlock.mutation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The step after PIT: reads its {@code mutations.xml}, prints the score and writes it as JSON for
 * the report. Kills by timeout are counted apart from kills by a failing assertion or exception,
 * and the score is {@code (killedByAssertion + killedByTimeout) / total}. It grades nothing: the
 * build does not fail on a low score (the report decides), only on a missing or unreadable file.
 *
 * <p>Usage: {@code MutationSummary <mutations.xml> <summary.json> <pit version>}.
 */
public final class MutationSummary {
    /** The target of issue 7, printed next to the score. */
    static final double TARGET = 0.90;

    private final List<Mutant> mutants;
    private final String pitVersion;

    MutationSummary(List<Mutant> mutants, String pitVersion) {
        this.mutants = List.copyOf(mutants);
        this.pitVersion = pitVersion;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: MutationSummary <mutations.xml> <summary.json> <pit version>");
        }
        Path json = Path.of(args[1]);
        MutationSummary summary = new MutationSummary(MutationsXml.read(Path.of(args[0])), args[2]);
        Files.createDirectories(json.toAbsolutePath().getParent());
        Files.writeString(json, summary.toJson(), StandardCharsets.UTF_8);
        summary.print(System.out, json);
    }

    int total() {
        return mutants.size();
    }

    int count(Mutant.Status status) {
        return (int) mutants.stream().filter(m -> m.status() == status).count();
    }

    /** Killed by a failing assertion or exception, or by a timeout, over all mutants; 0 if none. */
    double score() {
        int killed = count(Mutant.Status.KILLED) + count(Mutant.Status.TIMED_OUT);
        return total() == 0 ? 0.0 : (double) killed / total();
    }

    List<Mutant> with(Mutant.Status status) {
        return mutants.stream().filter(m -> m.status() == status)
                .sorted(Comparator.comparing(Mutant::mutatedClass).thenComparingInt(Mutant::line)
                        .thenComparing(Mutant::mutator))
                .toList();
    }

    /** Every other status (run error, non-viable, not started, equivalent): neither killed nor survived. */
    int unjudged() {
        return total() - count(Mutant.Status.KILLED) - count(Mutant.Status.TIMED_OUT)
                - count(Mutant.Status.MEMORY_ERROR) - count(Mutant.Status.SURVIVED)
                - count(Mutant.Status.NO_COVERAGE);
    }

    String toJson() {
        Json json = new Json();
        json.field("total", total());
        json.field("killedByAssertion", count(Mutant.Status.KILLED));
        json.field("killedByTimeout", count(Mutant.Status.TIMED_OUT));
        json.field("killedByMemoryError", count(Mutant.Status.MEMORY_ERROR));
        json.field("survived", count(Mutant.Status.SURVIVED));
        json.field("noCoverage", count(Mutant.Status.NO_COVERAGE));
        json.field("runError", unjudged());
        json.field("score", Math.round(score() * 10_000) / 10_000.0);
        json.mutants("survivors", with(Mutant.Status.SURVIVED));
        json.mutants("uncovered", with(Mutant.Status.NO_COVERAGE));
        json.field("pitVersion", pitVersion);
        return json.close();
    }

    void print(PrintStream out, Path json) {
        int assertion = count(Mutant.Status.KILLED);
        int timeout = count(Mutant.Status.TIMED_OUT);
        out.println("[mutation] PIT " + pitVersion + " on the primitives (dev.interlock): " + total() + " mutants");
        out.println("[mutation]   killed by a failing assertion/exception: " + assertion);
        out.println("[mutation]   killed by timeout:                       " + timeout);
        out.println("[mutation]   killed by memory error (not scored):     " + count(Mutant.Status.MEMORY_ERROR));
        out.println("[mutation]   survived:                                " + count(Mutant.Status.SURVIVED));
        out.println("[mutation]   no coverage:                             " + count(Mutant.Status.NO_COVERAGE));
        if (unjudged() > 0) out.println("[mutation]   run error / not started:                 " + unjudged());
        for (Mutant m : with(Mutant.Status.SURVIVED)) out.println("[mutation]   SURVIVED    " + m);
        for (Mutant m : with(Mutant.Status.NO_COVERAGE)) out.println("[mutation]   NO_COVERAGE " + m);
        out.println(String.format(Locale.ROOT, "[mutation] score = (%d + %d) / %d = %.1f %% (target %.0f %%: %s)",
                assertion, timeout, total(), score() * 100, TARGET * 100, score() >= TARGET ? "met" : "NOT met"));
        out.println("[mutation] summary: " + json);
    }
}
