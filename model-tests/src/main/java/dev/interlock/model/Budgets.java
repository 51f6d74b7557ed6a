package dev.interlock.model;

/**
 * The Lincheck budgets, as named constants. The default build uses the quick values; {@code
 * -Pcampaign} (or {@code -Dinterlock.campaign=true}) selects the campaign values. Every record
 * says which was used ({@code budget.profile}).
 *
 * <p>Why these sizes: Lincheck's defaults (100 iterations × 10,000 invocations) take ~9 minutes
 * per test on 2 CPUs, and the whole module must stay well under 8 minutes on JDK 17. Measured
 * here, a correct model takes a few seconds at the quick values, and every demonstration bug is
 * caught in its first scenarios (well under 100 invocations), so the quick values leave a wide
 * margin for catching while keeping the build short.
 *
 * <p>The campaign values are sized to fit one 6-hour CI job per shard (see {@code ci/README.md}):
 * about 20 times the quick exploration (30 × 2,000 invocations instead of 8 × 400), with four
 * operations per thread instead of three. Lincheck's own defaults (100 × 10,000) would take
 * days for the whole module.
 */
public final class Budgets {

    /** True when {@code -Dinterlock.campaign=true} (set by {@code -Pcampaign}). */
    public static final boolean CAMPAIGN = Boolean.getBoolean("interlock.campaign");

    /** "quick" or "campaign", written into every record. */
    public static final String PROFILE = CAMPAIGN ? "campaign" : "quick";

    /** Two threads: the machines have 2 CPUs, and every bug demonstrated here needs only two. */
    public static final int THREADS = 2;

    /**
     * Three operations per thread: enough for acquire–release–probe patterns in one thread
     * against a racing thread; the interleaving tree grows exponentially with this number.
     */
    public static final int ACTORS_PER_THREAD = CAMPAIGN ? 4 : 3;

    /**
     * Random scenarios per model-checking run. Quick: 8 — the models have 3–5 operations, so 8
     * scenarios of 2×3 operations already cover each operation pair in both threads several times.
     */
    public static final int MODEL_CHECKING_ITERATIONS = CAMPAIGN ? 30 : 8;

    /**
     * Interleavings explored per scenario (model checking). Quick: 400 — a scenario of 2×3 lock
     * operations rarely has fewer distinct interleavings, and every bug shown here was found within
     * the first 50; a count below the total budget means some scenario trees were fully explored.
     */
    public static final int MODEL_CHECKING_INVOCATIONS = CAMPAIGN ? 2_000 : 400;

    /** Random scenarios per stress run. Quick: 8, as for model checking. */
    public static final int STRESS_ITERATIONS = CAMPAIGN ? 30 : 8;

    /**
     * Real concurrent executions per scenario (stress). Quick: 500 — a blocking model costs ~1 ms
     * per invocation (2,000 took 14 s for the lock counter); stress is a smoke test on real
     * threads, the exploration is model checking's.
     */
    public static final int STRESS_INVOCATIONS = CAMPAIGN ? 2_000 : 500;

    /**
     * Invocations of a general-purpose ({@code Lincheck.runConcurrentTest}) test. Quick: 1,000 —
     * two-thread blocking tests are never exhausted (the tree is larger), a correct one takes
     * ~1–2 s; every paired bug here is caught in under 100 runs.
     */
    public static final int GENERAL_INVOCATIONS = CAMPAIGN ? 20_000 : 1_000;

    private Budgets() {
    }
}
