package dev.interlock.ci;

import dev.interlock.ci.Report.EnvironmentResult;
import dev.interlock.ci.Report.Observation;
import dev.interlock.records.ResultRecord;
import dev.interlock.records.ResultRecord.Observed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns observations into verdicts, exactly as the architecture sketch defines them. Engines only
 * record what they observed; this is the one place where an observation meets a promise.
 */
public final class Judge {

    /** Evidence key by which an engine says a cell could not run here (e.g. a JDK blind spot). */
    static final String NOT_RUN_KEY = "notRun";

    private Judge() {
    }

    /** The verdict on {@code cell} in {@code env}, given the records made for it there. */
    public static EnvironmentResult judge(CellSpec cell, List<RecordFiles.Found> found, RunEnvironment env, Path root) {
        List<Observation> observations = found.stream().map(f -> observation(f, root)).toList();
        List<ResultRecord> ran = found.stream().map(RecordFiles.Found::record)
                .filter(r -> !r.evidence().containsKey(NOT_RUN_KEY)).toList();
        String envId = env.id();
        if (cell.expect() == Expectation.NOT_APPLICABLE) {
            if (!ran.isEmpty()) {
                return new EnvironmentResult(envId, Verdict.FAILED, true, "the manifest says not applicable ("
                        + cell.reason() + "), yet the engine recorded " + observedList(ran)
                        + ": correct the manifest", observations);
            }
            return new EnvironmentResult(envId, Verdict.NOT_APPLICABLE, false, cell.reason(), observations);
        }
        if (!env.engines().contains(cell.engine().id())) {
            return new EnvironmentResult(envId, Verdict.NOT_RUN, false,
                    "not expected here: this run did not include the " + cell.engine().id() + " engine", observations);
        }
        if (!cell.when().holdsIn(env)) {
            String why = "not expected here: only where " + cell.when().describe()
                    + (cell.reason() == null ? "" : " (" + cell.reason() + ")");
            if (!ran.isEmpty()) why += "; observed " + observedList(ran) + " here, not judged";
            return new EnvironmentResult(envId, Verdict.NOT_RUN, false, why, observations);
        }
        if (ran.isEmpty()) {
            String why = found.stream().map(f -> String.valueOf(f.record().evidence().get(NOT_RUN_KEY)))
                    .distinct().collect(Collectors.joining("; "));
            return new EnvironmentResult(envId, Verdict.NOT_RUN, true, why.isEmpty()
                    ? "no record: the test did not run (skipped, filtered out, or its module did not run),"
                            + " or its records name the subject or property otherwise (see the records without a cell)"
                    : "the engine did not run it: " + why, observations);
        }
        return new EnvironmentResult(envId, verdict(cell, ran), true, reason(cell, ran), observations);
    }

    private static Verdict verdict(CellSpec cell, List<ResultRecord> ran) {
        if (count(ran, Observed.ERROR) > 0) return Verdict.FAILED;
        return switch (cell.expect()) {
            case HOLDS -> count(ran, Observed.VIOLATED) == 0 && deviations(ran).isEmpty()
                    ? Verdict.VERIFIED : Verdict.FAILED;
            case VIOLATED -> count(ran, Observed.VIOLATED) == ran.size() ? Verdict.CAUGHT : Verdict.ESCAPED;
            case DEVIATES -> ran.stream().allMatch(r -> cell.deviation().equals(r.deviation()))
                    ? Verdict.DEVIATES : Verdict.FAILED;
            case NOT_APPLICABLE -> throw new IllegalStateException("judged above");
        };
    }

    private static String reason(CellSpec cell, List<ResultRecord> ran) {
        int n = ran.size();
        long errors = count(ran, Observed.ERROR);
        long violated = count(ran, Observed.VIOLATED);
        String runs = n == 1 ? "the run" : "all " + n + " runs";
        if (errors > 0) return errors + " of " + n + " runs failed in the engine: nothing is known";
        return switch (cell.expect()) {
            case HOLDS -> violated > 0 ? violated + " of " + n + " runs observed a violation"
                    : !deviations(ran).isEmpty() ? runs + " observed deviation " + deviations(ran)
                    + ", which the manifest does not declare" : runs + " observed the property holding";
            case VIOLATED -> violated == n ? runs + " observed the violation"
                    : (n - violated) + " of " + n + " runs observed the property holding: the bug escaped";
            case DEVIATES -> ran.stream().allMatch(r -> cell.deviation().equals(r.deviation()))
                    ? runs + " observed deviation " + cell.deviation() + " and nothing else"
                    : "expected deviation " + cell.deviation() + ", observed " + observedList(ran)
                    + (deviations(ran).isEmpty() ? " with no deviation" : " with " + deviations(ran));
            case NOT_APPLICABLE -> cell.reason();
        };
    }

    /**
     * One environment's result for a cell that several shards of that environment judged: a shard
     * that was expected to run the cell wins over one that was not; among those, the worst verdict.
     */
    public static EnvironmentResult combineShards(List<EnvironmentResult> shards) {
        List<EnvironmentResult> expected = shards.stream().filter(EnvironmentResult::expectedHere).toList();
        List<EnvironmentResult> pool = expected.isEmpty() ? shards : expected;
        EnvironmentResult worst = pool.stream().min(Comparator.comparingInt(r -> severity(r.verdict()))).orElseThrow();
        List<Observation> all = shards.stream().flatMap(r -> r.observations().stream()).toList();
        return new EnvironmentResult(worst.environment(), worst.verdict(), worst.expectedHere(), worst.reason(), all);
    }

    /** The lower, the worse: what an overall verdict shows first. */
    static int severity(Verdict v) {
        return switch (v) {
            case FAILED -> 0;
            case ESCAPED -> 1;
            case NOT_RUN -> 2;
            case DEVIATES -> 3;
            case CAUGHT -> 4;
            case VERIFIED -> 5;
            case NOT_APPLICABLE -> 6;
        };
    }

    /** The verdict over several environments: the worst among those where the cell was expected. */
    public static EnvironmentResult overall(List<EnvironmentResult> results) {
        return combineShards(results);
    }

    private static Observation observation(RecordFiles.Found f, Path root) {
        ResultRecord r = f.record();
        Path file = f.file();
        String source = root == null ? file.toString() : root.toAbsolutePath().relativize(file.toAbsolutePath()).toString();
        return new Observation(r.observed().id(), r.deviation(), r.budget(), r.evidence(), r.durationMs(), source);
    }

    private static long count(List<ResultRecord> rs, Observed o) {
        return rs.stream().filter(r -> r.observed() == o).count();
    }

    private static List<String> deviations(List<ResultRecord> rs) {
        return rs.stream().map(ResultRecord::deviation).filter(Objects::nonNull).distinct().toList();
    }

    private static String observedList(List<ResultRecord> rs) {
        List<String> parts = new ArrayList<>();
        for (Observed o : Observed.values()) {
            long c = count(rs, o);
            if (c > 0) parts.add(c + " × " + o.id());
        }
        return String.join(", ", parts);
    }
}
