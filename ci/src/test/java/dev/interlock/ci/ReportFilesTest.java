package dev.interlock.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.records.ResultRecord.Engine;
import dev.interlock.records.ResultRecord.Observed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command writes every file of the report, and its exit status is the gate. */
class ReportFilesTest {

    @TempDir
    Path root;

    private int generate(Fixture f, Path out) {
        return InterlockReport.run("generate", "--root=" + f.root, "--manifest=" + f.manifest(), "--out=" + out,
                "--engines=junit,lincheck-model-checking,lincheck-stress,lincheck-general,jcstress",
                "--interlock-version=0.1.0-TEST", "--tool=jcstress=0.16", "--tool=lincheck=3.7");
    }

    @Test
    void aPassingRunWritesEveryFileAndTheJsonMatchesThePublishedSchema() throws IOException {
        Path out = root.resolve("out");
        assertEquals(0, generate(new Fixture(root).allAsPromised(), out));
        String json = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8);
        assertEquals(List.of(), ReportSchema.validate(json));

        Report r = ReportJson.read(out.resolve("report.json"));
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<table class=\"matrix\" data-role=\"primitive\">"), "the matrix is on the page");
        assertTrue(html.contains("id=\"detection-matrix\""), "the detection matrix is on the page");
        assertTrue(html.contains("<svg"), "the jcstress outcome histogram is drawn");
        assertTrue(html.contains(r.reportId()));
        assertTrue(!html.contains("http://") && !html.contains("https://") || onlyTheSvgNamespace(html),
                "the page loads nothing from the network");

        String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("**Gate: PASSED**"), md);
        assertTrue(md.contains("| RacyLock |"), md);
        String cff = Files.readString(out.resolve("CITATION.cff"), StandardCharsets.UTF_8);
        assertTrue(cff.contains("value: \"" + r.reportId() + "\""), cff);
        assertTrue(cff.contains("commit: \"abc") || cff.contains("commit: \""), cff);
        String bib = Files.readString(out.resolve("report.bib"), StandardCharsets.UTF_8);
        assertTrue(bib.startsWith("@misc{" + r.reportId() + ","), bib);
    }

    /** A user's first command: help for each subcommand, exit 0 (an option named --version once broke it). */
    @Test
    void eachCommandPrintsItsHelp() {
        assertEquals(0, InterlockReport.run("generate", "--help"));
        assertEquals(0, InterlockReport.run("merge", "--help"));
        assertEquals(0, InterlockReport.run("--version"));
    }

    @Test
    void aFailingGateExitsOneAfterWritingTheReportThatSaysWhy() throws IOException {
        Path out = root.resolve("out");
        Fixture f = new Fixture(root).allAsPromised();
        f.record("stress-tests", Engine.JCSTRESS, "RacyLock", "mutual-exclusion", Observed.HOLDS, null, Map.of(), 1);
        assertEquals(InterlockReport.GATE_FAILED, generate(f, out));
        String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("**Gate: FAILED**"), md);
        assertTrue(md.contains("ESCAPED RacyLock × mutual-exclusion × jcstress"), md);
        assertEquals(List.of(), ReportSchema.validate(Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8)));
    }

    @Test
    void theSchemaRejectsAReportThatBreaksItsShape() throws IOException {
        Path out = root.resolve("out");
        generate(new Fixture(root).allAsPromised(), out);
        String json = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8)
                .replace("\"VERIFIED\"", "\"PROBABLY_FINE\"");
        List<String> problems = ReportSchema.validate(json);
        assertTrue(!problems.isEmpty(), "an unknown verdict must not validate");
    }

    private static boolean onlyTheSvgNamespace(String html) {
        return html.replace("http://www.w3.org/2000/svg", "").indexOf("http") < 0;
    }
}
