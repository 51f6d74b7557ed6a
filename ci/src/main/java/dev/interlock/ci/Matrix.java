package dev.interlock.ci;

import dev.interlock.ci.Report.CellResult;
import dev.interlock.records.ResultRecord.Engine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's matrix: subjects grouped by role, each with its properties as rows and the engines
 * as columns. Shared by the Markdown and HTML writers so both show the same table.
 */
final class Matrix {

    /** Roles in the order the report shows them. */
    static final List<String> ROLES = List.of("primitive", "example", "variant", "demonstration");

    private Matrix() {
    }

    /** A subject's rows: property → engine → cell (absent where no cell is declared). */
    record SubjectRows(String subject, SubjectSpec spec, Map<String, Map<Engine, CellResult>> rows) {
    }

    /** Every subject with cells, grouped by role in {@link #ROLES} order, subjects in manifest order. */
    static Map<String, List<SubjectRows>> of(Report r) {
        Map<String, List<SubjectRows>> byRole = new LinkedHashMap<>();
        for (String role : ROLES) byRole.put(role, new ArrayList<>());
        r.subjects().forEach((name, spec) -> {
            Map<String, Map<Engine, CellResult>> rows = new java.util.TreeMap<>();
            for (CellResult c : r.cells()) {
                if (c.subject().equals(name)) rows.computeIfAbsent(c.property(), p -> new LinkedHashMap<>()).put(c.engine(), c);
            }
            if (!rows.isEmpty()) byRole.computeIfAbsent(spec.role(), k -> new ArrayList<>()).add(new SubjectRows(name, spec, rows));
        });
        byRole.values().removeIf(List::isEmpty);
        return byRole;
    }

    /** A short mark for a verdict, used in Markdown and as the HTML cell text. */
    static String mark(Verdict v) {
        return switch (v) {
            case VERIFIED -> "✅ VERIFIED";
            case CAUGHT -> "🎯 CAUGHT";
            case DEVIATES -> "↔️ DEVIATES";
            case FAILED -> "❌ FAILED";
            case ESCAPED -> "🚨 ESCAPED";
            case NOT_RUN -> "⏸️ NOT RUN";
            case NOT_APPLICABLE -> "➖ N/A";
        };
    }

    /** The verdict's text for a cell, distinguishing a NOT RUN that was not expected here. */
    static String text(CellResult c) {
        if (c.verdict() == Verdict.NOT_RUN && !c.expectedHere()) return "⏸️ not expected here";
        return mark(c.verdict());
    }

    /** A plain-text label (no emoji: a headless or offline browser may have no emoji font). */
    static String label(Verdict v) {
        return switch (v) {
            case NOT_RUN -> "NOT RUN";
            case NOT_APPLICABLE -> "N/A";
            default -> v.name();
        };
    }

    /** {@link #label(Verdict)} for a cell, distinguishing a NOT RUN that was not expected here. */
    static String label(CellResult c) {
        return c.verdict() == Verdict.NOT_RUN && !c.expectedHere() ? "not expected here" : label(c.verdict());
    }
}
