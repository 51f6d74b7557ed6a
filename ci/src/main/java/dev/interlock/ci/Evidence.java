package dev.interlock.ci;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One-line summaries of an engine's evidence map, for tables and the detection matrix. */
final class Evidence {

    private Evidence() {
    }

    /**
     * The most telling part of {@code evidence}: a Lincheck failure title, a jcstress bad outcome,
     * a failing JUnit test, or the run count.
     */
    static String oneLine(Map<String, Object> evidence) {
        List<String> parts = new ArrayList<>();
        if (evidence.get("notRun") != null) return "not run: " + evidence.get("notRun");
        if (evidence.get("failureTitle") != null) parts.add(String.valueOf(evidence.get("failureTitle")).strip());
        if (evidence.get("badOutcomes") instanceof List<?> bad && !bad.isEmpty()) parts.add("outcome " + bad.get(0));
        if (evidence.get("failures") instanceof List<?> failures && !failures.isEmpty()
                && failures.get(0) instanceof Map<?, ?> first) {
            parts.add(failures.size() + " failing test(s), first " + first.get("test")
                    + (first.get("message") == null ? "" : ": " + first.get("message")));
        }
        if (evidence.get("runs") != null) parts.add(evidence.get("runs") + " runs");
        if (evidence.get("samples") != null) parts.add(evidence.get("samples") + " samples");
        if (evidence.get("tests") != null && evidence.get("failures") == null) parts.add(evidence.get("tests") + " tests");
        String line = String.join("; ", parts);
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }
}
