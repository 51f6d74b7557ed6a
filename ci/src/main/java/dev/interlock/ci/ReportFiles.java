package dev.interlock.ci;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The files of a report directory, written together; {@code report.json} is checked against the schema first. */
final class ReportFiles {

    static final String JSON = "report.json";
    static final String HTML = "index.html";
    static final String MARKDOWN = "report.md";
    static final String CFF = "CITATION.cff";
    static final String BIBTEX = "report.bib";

    private ReportFiles() {
    }

    /** Writes all files; {@code root} (may be null) lets the page embed trace files. */
    static void write(Report report, Path dir, Path root) throws IOException {
        Files.createDirectories(dir);
        String json = ReportJson.MAPPER.writeValueAsString(report);
        List<String> problems = ReportSchema.validate(json);
        if (!problems.isEmpty()) { // a bug of this module, never of the input: say so loudly
            throw new IllegalStateException("the report does not match its own schema:\n  " + String.join("\n  ", problems));
        }
        Files.writeString(dir.resolve(JSON), json, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(HTML), HtmlReport.render(report, root), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(MARKDOWN), MarkdownReport.render(report), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(CFF), Citation.cff(report), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(BIBTEX), Citation.bibtex(report), StandardCharsets.UTF_8);
    }
}
