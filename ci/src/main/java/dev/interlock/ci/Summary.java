package dev.interlock.ci;

import dev.interlock.ci.Report.CellResult;
import dev.interlock.records.ResultRecord.Engine;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The one-screen summary printed at the end of the build: verdicts per engine, the gate, the first problems. */
final class Summary {

    private static final int MAX_PROBLEMS = 15;

    private Summary() {
    }

    static String oneScreen(Report r) {
        StringBuilder s = new StringBuilder();
        s.append("================ Interlock verification report ").append(r.reportId()).append(" ================\n");
        for (RunEnvironment e : r.environments()) {
            s.append(String.format(Locale.ROOT, "%-14s %s %s · %s · %d CPUs · profile %s · commit %.12s%s%n", e.id(),
                    e.jdkVendor(), e.jdkVersion(), e.os(), e.cpus(), e.profile(), e.commit(), e.dirty() ? " (dirty)" : ""));
        }
        s.append(String.format(Locale.ROOT, "%-26s", "engine"));
        for (Verdict v : Verdict.values()) s.append(String.format(Locale.ROOT, "%15s", v.name()));
        s.append('\n');
        for (Engine e : Engine.values()) {
            Map<Verdict, Integer> n = new EnumMap<>(Verdict.class);
            for (CellResult c : r.cells()) if (c.engine() == e) n.merge(c.verdict(), 1, Integer::sum);
            if (n.isEmpty()) continue;
            s.append(String.format(Locale.ROOT, "%-26s", e.id()));
            for (Verdict v : Verdict.values()) s.append(String.format(Locale.ROOT, "%15d", n.getOrDefault(v, 0)));
            s.append('\n');
        }
        long notExpected = r.cells().stream().filter(c -> c.verdict() == Verdict.NOT_RUN && !c.expectedHere()).count();
        if (notExpected > 0) s.append(notExpected).append(" NOT_RUN cell(s) are not expected in this run and do not fail the gate.\n");
        if (!r.detection().isEmpty()) {
            long caught = r.detection().stream().filter(d -> d.engines().values().stream()
                    .anyMatch(x -> x.verdict() == Verdict.CAUGHT)).count();
            s.append("Detection: ").append(caught).append(" of ").append(r.detection().size())
                    .append(" broken variants/demonstrations caught by at least one engine.\n");
        }
        s.append("GATE ").append(r.summary().gatePassed() ? "PASSED" : "FAILED").append('\n');
        r.summary().gateProblems().stream().limit(MAX_PROBLEMS).forEach(p -> s.append("  ").append(p).append('\n'));
        if (r.summary().gateProblems().size() > MAX_PROBLEMS) {
            s.append("  … ").append(r.summary().gateProblems().size() - MAX_PROBLEMS).append(" more in report.md\n");
        }
        return s.toString();
    }
}
