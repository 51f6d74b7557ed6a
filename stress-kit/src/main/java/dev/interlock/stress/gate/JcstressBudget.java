package dev.interlock.stress.gate;

/**
 * How much jcstress runs: the options of the one invocation. A blank value leaves jcstress's
 * default for the mode.
 *
 * @param profile        {@code quick} (the default build) or {@code campaign}, written into every record
 * @param mode           jcstress {@code -m}
 * @param iters          jcstress {@code -iters}
 * @param time           jcstress {@code -time}, in milliseconds
 * @param sc             jcstress {@code -sc} (split compilation)
 * @param jvmArgs        jcstress {@code -jvmArgs}: one string, passed as one argument
 * @param timeoutMinutes the watchdog: jcstress is stopped after this many minutes (0: never)
 */
public record JcstressBudget(String profile, String mode, String iters, String time, String sc, String jvmArgs,
                             long timeoutMinutes) {

    /**
     * The default build's budget, the cheap configuration of the tooling notes: one JVM
     * configuration per test, 1 iteration of 1 s; stopped after 15 minutes.
     */
    public static JcstressBudget quick() {
        return new JcstressBudget("quick", "quick", "1", "1000", "false", "-XX:+UseSerialGC", 15);
    }

    /** Citeable results: jcstress's default mode, split compilation, its own JVM configurations; no watchdog. */
    public static JcstressBudget campaign() {
        return new JcstressBudget("campaign", "default", "", "", "true", "", 0);
    }

    /**
     * {@link #campaign()} if {@code -Dinterlock.campaign=true} (the switch the Lincheck budgets
     * read too), else {@link #quick()}; each option can be overridden by {@code
     * -Dinterlock.jcstress.<option>} ({@code mode}, {@code iters}, {@code time}, {@code sc},
     * {@code jvmArgs}, {@code timeoutMinutes}).
     */
    public static JcstressBudget fromSystemProperties() {
        JcstressBudget b = Boolean.getBoolean("interlock.campaign") ? campaign() : quick();
        return new JcstressBudget(b.profile, get("mode", b.mode), get("iters", b.iters), get("time", b.time),
                get("sc", b.sc), get("jvmArgs", b.jvmArgs),
                Long.parseLong(get("timeoutMinutes", Long.toString(b.timeoutMinutes))));
    }

    private static String get(String option, String fallback) {
        return System.getProperty("interlock.jcstress." + option, fallback).trim();
    }
}
