package dev.interlock.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.interlock.records.ResultRecord.Engine;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * The base of every data-structure model: runs the concrete subclass (the binding) in
 * model-checking and in stress mode against {@link #specification()}, records what each mode
 * observed, and asserts the expected outcome — {@link Outcome#HOLDS} for a correct primitive, the
 * exact failure kind for a demonstration binding.
 *
 * <p>A binding is a public subclass with a no-arg constructor (Lincheck creates one instance per
 * invocation). Models reach the primitive only through a {@code dev.interlock.subjects}
 * interface, so a user's primitive binds by providing its adapter.
 */
public abstract class LincheckModel {

    /** One instance per Lincheck invocation: counted, see {@link LincheckRun}. */
    protected LincheckModel() {
        LincheckRun.countInstance();
    }

    /** The stable property id shared with the manifest, e.g. {@code "mutual-exclusion"}. */
    protected abstract String property();

    /** The sequential specification class (public, no-arg constructor, same operations). */
    protected abstract Class<?> specification();

    /** The subject's name in records; the contracts use {@link #nameOf} of the bound subject. */
    protected abstract String subject();

    /** The outcome model checking must show: {@link Outcome#HOLDS} unless this binding is a demonstration. */
    protected Outcome expectedModelChecking() {
        return Outcome.HOLDS;
    }

    /**
     * The outcome stress mode must show, or null when it is only recorded (a demonstration whose
     * window the quick stress budget on 2 CPUs is not guaranteed to hit; model checking is its proof).
     */
    protected Outcome expectedStress() {
        return expectedModelChecking() == Outcome.HOLDS ? Outcome.HOLDS : null;
    }

    /**
     * Whether stress mode runs with the quick budget (the default build); false leaves it to the
     * campaign ({@code -Pcampaign}), where it always runs. For bindings whose model checking is the
     * part that matters and whose stress half the default build's time budget cannot afford.
     */
    protected boolean stressInQuickBudget() {
        return true;
    }

    /** Scenario shape; a model may override, e.g. no operations before/after the parallel part. */
    protected <O extends Options<O, ?>> O shape(O options) {
        // No minimization: it moves operations between threads without updating ThreadIdGen
        // parameters, which turns a real failure into a misleading one; the original scenario is shown.
        return options.threads(Budgets.THREADS).actorsPerThread(Budgets.ACTORS_PER_THREAD)
                .minimizeFailedScenario(false);
    }

    @Test
    public void modelChecking() {
        ModelCheckingOptions o = shape(new ModelCheckingOptions())
                .iterations(Budgets.MODEL_CHECKING_ITERATIONS)
                .invocationsPerIteration(Budgets.MODEL_CHECKING_INVOCATIONS)
                .sequentialSpecification(specification());
        long budget = (long) Budgets.MODEL_CHECKING_ITERATIONS * Budgets.MODEL_CHECKING_INVOCATIONS;
        run(Engine.LINCHECK_MODEL_CHECKING, o, budget, Budgets.MODEL_CHECKING_ITERATIONS,
                Budgets.MODEL_CHECKING_INVOCATIONS, expectedModelChecking());
    }

    @Test
    public void stress() {
        assumeTrue(Budgets.CAMPAIGN || stressInQuickBudget(), "stress mode of this binding: campaign budget only");
        StressOptions o = shape(new StressOptions())
                .iterations(Budgets.STRESS_ITERATIONS)
                .invocationsPerIteration(Budgets.STRESS_INVOCATIONS)
                .sequentialSpecification(specification());
        long budget = (long) Budgets.STRESS_ITERATIONS * Budgets.STRESS_INVOCATIONS;
        run(Engine.LINCHECK_STRESS, o, budget, Budgets.STRESS_ITERATIONS, Budgets.STRESS_INVOCATIONS,
                expectedStress());
    }

    private void run(Engine engine, Options<?, ?> options, long budget, int iterations, int invocations,
                     Outcome expected) {
        String subject = subject();
        Observation o = LincheckRun.dataStructure(options, getClass(), budget,
                getClass().getSimpleName() + "-" + engine.id());
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("api", "data-structure");
        b.put("iterations", iterations);
        b.put("invocationsPerIteration", invocations);
        b.put("threads", Budgets.THREADS);
        b.put("actorsPerThread", Budgets.ACTORS_PER_THREAD);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("binding", getClass().getName());
        e.put("expected", expected == null ? "recorded only (not asserted)" : expected.name().toLowerCase(java.util.Locale.ROOT));
        // Stress never explores a tree; model checking may exhaust single scenarios, never the model.
        String claim = engine == Engine.LINCHECK_MODEL_CHECKING && o.endedBeforeBudget()
                ? "exhaustive per scenario (some scenarios' interleaving trees were fully explored)"
                : "bounded (random scenarios, budget used)";
        ModelRecords.write(engine, subject, property(), o, b, e, claim);
        if (expected == null) {
            assertNotEquals(Outcome.ERROR, o);
            return;
        }
        assertEquals(expected, o.outcome(), () -> subject + " " + property() + " " + engine.id() + ": "
                + o.summary() + (o.report() == null ? "" : "\n" + o.report()));
        if (expected != Outcome.HOLDS) assertNotNull(o.trace(), "a caught failure keeps its interleaving");
    }

    private static void assertNotEquals(Outcome bad, Observation o) {
        if (o.outcome() == bad) throw new AssertionError("harness error: " + o.summary() + "\n" + o.report());
    }

    /**
     * The part of {@code toString()} before '[': "Lock[unlocked]" gives "Lock". A subject that
     * wraps a lock (its text continues with another {@code Name[}) is named with it:
     * "Condition[RLock[unlocked], waiters=0]" gives "Condition(RLock)".
     */
    public static String nameOf(Object subject) {
        String s = String.valueOf(subject);
        int i = s.indexOf('[');
        if (i < 0) return s;
        String name = s.substring(0, i);
        java.util.regex.Matcher inner = java.util.regex.Pattern.compile("^([A-Z][A-Za-z0-9]*)\\[").matcher(s.substring(i + 1));
        return inner.find() ? name + "(" + inner.group(1) + ")" : name;
    }
}
