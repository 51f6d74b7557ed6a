package dev.interlock.ci;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell's environment qualifier: the cell is expected only in runs where every given part holds.
 *
 * @param jdk     a JDK feature-version range: {@code "17"}, {@code ">=19"}, {@code "<19"}, … or null
 * @param arch    {@code amd64} or {@code aarch64} ({@code x86_64}/{@code arm64} accepted as aliases), or null
 * @param profile {@code default} or {@code campaign}, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record When(String jdk, String arch, String profile) {

    private static final Pattern JDK = Pattern.compile("(>=|<=|>|<|=)?\\s*(\\d+)");

    /** No qualifier: expected everywhere. */
    public static final When ALWAYS = new When(null, null, null);

    /** The problems of this qualifier, empty if it is well formed. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (jdk != null && !JDK.matcher(jdk.trim()).matches()) {
            problems.add("when.jdk must look like \"17\", \">=19\" or \"<19\", not \"" + jdk + "\"");
        }
        if (arch != null && normalArch(arch) == null) {
            problems.add("when.arch must be amd64 or aarch64, not \"" + arch + "\"");
        }
        if (profile != null && !profile.equals("default") && !profile.equals("campaign")) {
            problems.add("when.profile must be default or campaign, not \"" + profile + "\"");
        }
        return problems;
    }

    /** Whether a run in {@code env} is one where the cell is expected. */
    public boolean holdsIn(RunEnvironment env) {
        return (jdk == null || jdkMatches(env.jdkFeature()))
                && (arch == null || normalArch(arch).equals(normalArch(env.arch())))
                && (profile == null || profile.equals(env.profile()));
    }

    /** A short human form, e.g. {@code jdk >=19, arch aarch64}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (jdk != null) parts.add("jdk " + jdk);
        if (arch != null) parts.add("arch " + arch);
        if (profile != null) parts.add("profile " + profile);
        return String.join(", ", parts);
    }

    private boolean jdkMatches(int feature) {
        Matcher m = JDK.matcher(jdk.trim());
        if (!m.matches()) throw new IllegalStateException("unchecked qualifier " + jdk);
        int bound = Integer.parseInt(m.group(2));
        String op = m.group(1) == null ? "=" : m.group(1);
        return switch (op) {
            case ">=" -> feature >= bound;
            case "<=" -> feature <= bound;
            case ">" -> feature > bound;
            case "<" -> feature < bound;
            default -> feature == bound;
        };
    }

    /** {@code amd64} or {@code aarch64} for the spellings the JVM and the manifest use, else null. */
    static String normalArch(String arch) {
        return switch (arch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64" -> "amd64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
    }
}
