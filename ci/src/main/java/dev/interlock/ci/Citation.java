package dev.interlock.ci;

import java.util.stream.Collectors;

/**
 * How to cite a report: {@code CITATION.cff} (Citation File Format 1.2.0) and a BibTeX entry,
 * both carrying the report id, the version, the commit and the date.
 */
final class Citation {

    private Citation() {
    }

    static String cff(Report r) {
        String date = r.generatedAt().substring(0, 10);
        return """
                cff-version: 1.2.0
                message: "If you cite this verification report, please cite it by its report id."
                type: software
                title: "%s"
                version: "%s"
                commit: "%s"
                date-released: %s
                authors:
                  - name: "The Interlock contributors"
                identifiers:
                  - type: other
                    value: "%s"
                    description: "Interlock report id: a hash of the verdict table, tool versions, budgets and commit"
                keywords:
                  - concurrency
                  - verification
                  - Lincheck
                  - jcstress
                abstract: "%s"
                """.formatted(r.title(), r.version(), commits(r), date, r.reportId(), summaryLine(r));
    }

    static String bibtex(Report r) {
        String year = r.generatedAt().substring(0, 4);
        return """
                @misc{%s,
                  title        = {{%s}},
                  author       = {{The Interlock contributors}},
                  year         = {%s},
                  version      = {%s},
                  howpublished = {Interlock %s, \\texttt{report.json}},
                  note         = {Report id %s, commit %s, generated %s. %s}
                }
                """.formatted(r.reportId(), r.title(), year, r.version(), r.version(), r.reportId(), commits(r),
                r.generatedAt(), summaryLine(r));
    }

    private static String commits(Report r) {
        return r.environments().stream().map(e -> e.commit() + (e.dirty() ? "+dirty" : "")).distinct()
                .collect(Collectors.joining(" "));
    }

    private static String summaryLine(Report r) {
        return r.summary().counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                + "; gate " + (r.summary().gatePassed() ? "passed" : "failed")
                + "; environments " + r.environments().stream().map(RunEnvironment::id).collect(Collectors.joining(", "));
    }
}
