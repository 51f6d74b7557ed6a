package dev.interlock.benchmarks.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlock.model.Budgets;
import dev.interlock.model.LincheckRun;
import dev.interlock.model.MutexCounterModel;
import dev.interlock.model.Observation;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * One Lincheck measurement, in its own JVM (started by {@link VerificationCost}): the reference
 * model in one mode ({@code model-checking} or {@code stress}) at one budget, printed as one JSON
 * line after {@value #TAG}.
 *
 * <p>Budgets: {@code quick} and {@code campaign} are model-tests' {@link Budgets} (the JVM is
 * started with {@code -Dinterlock.campaign=true} for the campaign), shaped as model-tests shapes
 * them (2 threads, no minimization); {@code default} sets nothing but the sequential specification,
 * so Lincheck uses its own defaults (100 scenarios × 10,000 invocations, 2 threads × 5 operations
 * and 5 before and after).
 *
 * <p><b>Time cap.</b> Lincheck's defaults can take hours on a loaded 2-CPU machine. With a cap
 * above 0 the run is stopped after that many seconds and reported as not completed, with the
 * invocations done so far and their rate (counted by {@link LockMutexModel#INSTANCES}); the
 * projected total is the budget at that rate — an upper bound, as the rate includes the JIT's
 * warm-up.
 *
 * <p>Usage: {@code LincheckCost <model-checking|stress> <quick|campaign|default> [capSeconds]}.
 */
public final class LincheckCost {

    static final String TAG = "LINCHECK-COST ";

    private LincheckCost() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        String budget = args[1];
        boolean mc = mode.equals("model-checking");
        Options<?, ?> options = mc ? new ModelCheckingOptions() : new StressOptions();
        options.sequentialSpecification(MutexCounterModel.Spec.class);
        long invocations;
        String settings;
        if (budget.equals("default")) {
            invocations = 100L * 10_000;
            settings = "Lincheck's defaults (100 × 10,000, 2 threads × 5 ops)";
        } else {
            if (Budgets.CAMPAIGN != budget.equals("campaign")) {
                throw new IllegalStateException("budget " + budget + " but Budgets.PROFILE is " + Budgets.PROFILE);
            }
            int iterations = mc ? Budgets.MODEL_CHECKING_ITERATIONS : Budgets.STRESS_ITERATIONS;
            int perIteration = mc ? Budgets.MODEL_CHECKING_INVOCATIONS : Budgets.STRESS_INVOCATIONS;
            options.iterations(iterations).invocationsPerIteration(perIteration)
                    .threads(Budgets.THREADS).actorsPerThread(Budgets.ACTORS_PER_THREAD)
                    .minimizeFailedScenario(false);
            invocations = (long) iterations * perIteration;
            settings = String.format(java.util.Locale.ROOT, "%d × %,d, %d threads × %d ops", iterations, perIteration,
                    Budgets.THREADS, Budgets.ACTORS_PER_THREAD);
        }
        long cap = args.length > 2 ? Long.parseLong(args[2]) : 0L;
        long start = System.nanoTime();
        if (cap > 0) {
            Thread timer = new Thread(() -> {
                try {
                    Thread.sleep(cap * 1000); // a time cap, not pacing: the run is cut off here
                } catch (InterruptedException e) {
                    return;
                }
                report(null, settings, invocations, start);
            }, "lincheck-cost-cap");
            timer.setDaemon(true);
            timer.start();
        }
        Observation o = LincheckRun.dataStructure(options, LockMutexModel.class, invocations,
                "verification-cost-" + mode + "-" + budget);
        report(o, settings, invocations, start);
    }

    /** Prints the result line once (the run or the cap, whichever comes first) and ends the JVM. */
    private static synchronized void report(Observation o, String settings, long invocations, long start) {
        ObjectNode line = new ObjectMapper().createObjectNode();
        line.put("completed", o != null);
        line.put("outcome", o == null ? "stopped at the time cap" : o.outcome().name().toLowerCase(java.util.Locale.ROOT));
        line.put("runs", LockMutexModel.INSTANCES.get());
        line.put("budgetInvocations", invocations);
        line.put("engineSeconds", o == null ? (System.nanoTime() - start) / 1e9 : o.durationMs() / 1000.0);
        line.put("settings", settings);
        System.out.println(TAG + line);
        System.out.flush();
        Runtime.getRuntime().halt(0); // Lincheck may leave non-daemon threads behind, or still be running
    }
}
