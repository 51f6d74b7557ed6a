package dev.interlock.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.ci.Report.CellResult;
import dev.interlock.records.ResultRecord.Engine;
import dev.interlock.records.ResultRecord.Observed;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards of one environment fill one column; environments become columns; qualifiers decide where. */
class ReportMergerTest {

    @TempDir
    Path dir;

    private static CellResult cell(Report r, String subject, Engine engine) {
        return r.cells().stream().filter(c -> c.subject().equals(subject) && c.engine() == engine).findFirst().orElseThrow();
    }

    @Test
    void twoShardsOfOneEnvironmentFillOneColumn() {
        Fixture f = new Fixture(dir.resolve("p")).allAsPromised();
        Report jcstressShard = f.generate(Fixture.env(17, "amd64", "jcstress"));
        Report rest = f.generate(Fixture.env(17, "amd64", "junit", "lincheck-model-checking", "lincheck-stress"));
        assertTrue(jcstressShard.summary().gatePassed());

        Report merged = ReportMerger.merge(List.of(jcstressShard, rest));
        assertEquals(1, merged.environments().size());
        assertEquals(List.of("jcstress", "junit", "lincheck-model-checking", "lincheck-stress"),
                merged.environments().get(0).engines());
        CellResult lincheck = cell(merged, "Lock", Engine.LINCHECK_MODEL_CHECKING);
        assertEquals(Verdict.VERIFIED, lincheck.verdict());
        assertEquals(1, lincheck.results().size());
        assertTrue(merged.summary().gatePassed(), () -> String.join("\n", merged.summary().gateProblems()));
    }

    @Test
    void environmentsBecomeColumnsAndTheWorstExpectedVerdictDecides() {
        Fixture ok = new Fixture(dir.resolve("a")).allAsPromised();
        Report jdk17 = ok.generate(Fixture.env(17, "amd64"));
        Fixture escaped = new Fixture(dir.resolve("b")).allAsPromised();
        escaped.record("stress-tests", Engine.JCSTRESS, "RacyLock", "mutual-exclusion", Observed.HOLDS, null, Map.of(), 1);
        Report jdk25 = escaped.generate(Fixture.env(25, "amd64"));

        Report merged = ReportMerger.merge(List.of(jdk17, jdk25));
        assertEquals(List.of("jdk17-amd64", "jdk25-amd64"), merged.environments().stream().map(RunEnvironment::id).toList());
        CellResult racy = cell(merged, "RacyLock", Engine.JCSTRESS);
        assertEquals(2, racy.results().size());
        assertEquals(Verdict.ESCAPED, racy.verdict());
        assertTrue(racy.verdictReason().startsWith("jdk25-amd64"), racy.verdictReason());
        assertFalse(merged.summary().gatePassed());
        assertFalse(merged.reportId().equals(jdk17.reportId()));
    }

    @Test
    void anArchitectureQualifiedCellIsJudgedOnlyWhereItIsExpected() {
        String arm = """
                subjects:
                  WeakFlag: {role: variant, kind: flag, bug: "plain store publishes early", bugClass: memory-model}
                properties:
                  publication: "A reader that sees the flag sees the data."
                cells:
                  - subject: WeakFlag
                    property: publication
                    jcstress: {expect: violated, when: {arch: aarch64}, reason: "x86 does not reorder stores"}
                """;
        Fixture x86 = new Fixture(dir.resolve("x86")).allAsPromised().write("ci/expectations/arm.yaml", arm);
        x86.record("stress-tests", Engine.JCSTRESS, "WeakFlag", "publication", Observed.HOLDS, null, Map.of(), 1);
        Fixture a64 = new Fixture(dir.resolve("a64")).allAsPromised().write("ci/expectations/arm.yaml", arm);
        a64.record("stress-tests", Engine.JCSTRESS, "WeakFlag", "publication", Observed.VIOLATED, null, Map.of(), 1);

        Report merged = ReportMerger.merge(List.of(x86.generate(Fixture.env(17, "amd64")),
                a64.generate(Fixture.env(17, "aarch64"))));
        CellResult weak = cell(merged, "WeakFlag", Engine.JCSTRESS);
        assertEquals(Verdict.CAUGHT, weak.verdict(), weak.verdictReason());
        assertTrue(merged.summary().gatePassed(), () -> String.join("\n", merged.summary().gateProblems()));
    }

    @Test
    void shardsOfDifferentCommitsAreRefused() {
        Fixture f = new Fixture(dir).allAsPromised();
        Report a = f.generate(Fixture.env(17, "amd64", "jcstress"));
        RunEnvironment e = Fixture.env(17, "amd64", "junit");
        RunEnvironment other = new RunEnvironment(e.id(), e.jdkVendor(), e.jdkVersion(), e.jdkFeature(), e.os(), e.arch(),
                e.cpus(), e.memoryMb(), e.profile(), e.engines(), e.tools(), "def456", false);
        Report b = f.generate(other);
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> ReportMerger.merge(List.of(a, b)));
        assertTrue(x.getMessage().contains("different commits"), x.getMessage());
    }
}
