package dev.interlock.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.ci.Report.CellResult;
import dev.interlock.records.ResultRecord.Engine;
import dev.interlock.records.ResultRecord.Observed;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator judges a result set exactly as the architecture sketch defines the verdicts. */
class ReportGeneratorTest {

    @TempDir
    Path root;

    private static CellResult cell(Report r, String subject, String property, Engine engine) {
        return r.cells().stream().filter(c -> c.subject().equals(subject) && c.property().equals(property)
                && c.engine() == engine).findFirst().orElseThrow(() -> new AssertionError("no cell " + subject));
    }

    @Test
    void everyPromiseKeptPassesTheGate() {
        Report r = new Fixture(root).allAsPromised().generate(Fixture.env(17, "amd64"));
        assertEquals(Verdict.VERIFIED, cell(r, "Lock", "mutual-exclusion", Engine.JCSTRESS).verdict());
        assertEquals(Verdict.VERIFIED, cell(r, "Lock", "mutual-exclusion", Engine.LINCHECK_MODEL_CHECKING).verdict());
        assertEquals(Verdict.NOT_APPLICABLE, cell(r, "Lock", "mutual-exclusion", Engine.LINCHECK_STRESS).verdict());
        assertEquals(Verdict.CAUGHT, cell(r, "RacyLock", "mutual-exclusion", Engine.JCSTRESS).verdict());
        assertTrue(r.summary().gatePassed(), () -> String.join("\n", r.summary().gateProblems()));
        assertEquals(Map.of(Verdict.VERIFIED, 2, Verdict.CAUGHT, 2, Verdict.DEVIATES, 1, Verdict.NOT_APPLICABLE, 1),
                nonZero(r.summary().counts()));
    }

    @Test
    void aMissingRecordIsNotRunAndFailsTheGate() {
        Fixture f = new Fixture(root).allAsPromised();
        f.write("model-tests/target/interlock-records/lincheck-model-checking.jsonl", "");
        Report r = f.generate(Fixture.env(17, "amd64"));
        CellResult c = cell(r, "Lock", "mutual-exclusion", Engine.LINCHECK_MODEL_CHECKING);
        assertEquals(Verdict.NOT_RUN, c.verdict());
        assertTrue(c.expectedHere());
        assertTrue(c.verdictReason().contains("no record"), c.verdictReason());
        assertFalse(r.summary().gatePassed());
        assertTrue(r.summary().gateProblems().stream().anyMatch(p -> p.startsWith("NOT_RUN Lock × mutual-exclusion")));
    }

    @Test
    void anEscapedDemonstrationIsEscapedAndFailsTheGate() {
        Fixture f = new Fixture(root);
        f.record("stress-tests", Engine.JCSTRESS, "Lock", "mutual-exclusion", Observed.HOLDS, null, Map.of(), 1);
        f.record("model-tests", Engine.LINCHECK_MODEL_CHECKING, "Lock", "mutual-exclusion", Observed.HOLDS, null, Map.of(), 1);
        f.record("examples", Engine.JUNIT, "ReentrantLock", "non-owner-release", Observed.VIOLATED, "D16", Map.of(), 1);
        f.racyLock(Observed.HOLDS, Observed.VIOLATED);
        Report r = f.generate(Fixture.env(17, "amd64"));
        assertEquals(Verdict.ESCAPED, cell(r, "RacyLock", "mutual-exclusion", Engine.JCSTRESS).verdict());
        assertEquals(Verdict.CAUGHT, cell(r, "RacyLock", "mutual-exclusion", Engine.LINCHECK_MODEL_CHECKING).verdict());
        assertFalse(r.summary().gatePassed());
        Report.Detection jcstress = r.detection().get(0).engines().get("jcstress");
        assertEquals(Verdict.ESCAPED, jcstress.verdict());
        assertEquals(700L, r.detection().get(0).engines().get("lincheck-model-checking").timeToDetectionMs());
    }

    @Test
    void aDocumentedDeviationDeviatesAndPassesTheGate() {
        Report r = new Fixture(root).allAsPromised().generate(Fixture.env(17, "amd64"));
        CellResult c = cell(r, "ReentrantLock", "non-owner-release", Engine.JUNIT);
        assertEquals(Verdict.DEVIATES, c.verdict());
        assertTrue(r.summary().gatePassed());
    }

    @Test
    void aDeviationOtherThanTheDocumentedRowFails() {
        Fixture f = new Fixture(root).allAsPromised();
        f.write("examples/target/interlock-records/junit.jsonl", "");
        f.record("examples", Engine.JUNIT, "ReentrantLock", "non-owner-release", Observed.VIOLATED, null, Map.of(), 1);
        Report r = f.generate(Fixture.env(17, "amd64"));
        CellResult c = cell(r, "ReentrantLock", "non-owner-release", Engine.JUNIT);
        assertEquals(Verdict.FAILED, c.verdict());
        assertTrue(c.verdictReason().contains("expected deviation D16"), c.verdictReason());
    }

    @Test
    void aViolationOfAPrimitiveFailsAndAnEngineErrorIsNeverAPass() {
        Fixture f = new Fixture(root).allAsPromised();
        f.record("stress-tests", Engine.JCSTRESS, "Lock", "mutual-exclusion", Observed.VIOLATED, null, Map.of(), 1);
        f.record("model-tests", Engine.LINCHECK_MODEL_CHECKING, "Lock", "mutual-exclusion", Observed.ERROR, null, Map.of(), 1);
        Report r = f.generate(Fixture.env(17, "amd64"));
        assertEquals(Verdict.FAILED, cell(r, "Lock", "mutual-exclusion", Engine.JCSTRESS).verdict());
        CellResult error = cell(r, "Lock", "mutual-exclusion", Engine.LINCHECK_MODEL_CHECKING);
        assertEquals(Verdict.FAILED, error.verdict());
        assertTrue(error.verdictReason().contains("failed in the engine"), error.verdictReason());
    }

    @Test
    void anEngineThatCouldNotRunACellSaysWhy() {
        Fixture f = new Fixture(root).allAsPromised();
        f.write("model-tests/target/interlock-records/lincheck-model-checking.jsonl", "");
        f.racyLock(Observed.VIOLATED, Observed.VIOLATED);
        f.record("model-tests", Engine.LINCHECK_MODEL_CHECKING, "Lock", "mutual-exclusion", Observed.ERROR, null,
                Map.of("notRun", "JDK 19+ thread-capture blind spot"), 0);
        Report r = f.generate(Fixture.env(25, "amd64"));
        CellResult c = cell(r, "Lock", "mutual-exclusion", Engine.LINCHECK_MODEL_CHECKING);
        assertEquals(Verdict.NOT_RUN, c.verdict());
        assertTrue(c.verdictReason().contains("blind spot"), c.verdictReason());
        assertFalse(r.summary().gatePassed());
    }

    @Test
    void aCellQualifiedForAnotherArchitectureIsNotExpectedHereAndDoesNotFail() {
        Fixture f = new Fixture(root).allAsPromised();
        f.write("ci/expectations/arm.yaml", """
                subjects:
                  WeakFlag: {role: variant, kind: flag, bug: "plain store publishes early", bugClass: memory-model}
                properties:
                  publication: "A reader that sees the flag sees the data."
                cells:
                  - subject: WeakFlag
                    property: publication
                    jcstress: {expect: violated, when: {arch: aarch64}, reason: "x86 does not reorder stores"}
                """);
        f.record("stress-tests", Engine.JCSTRESS, "WeakFlag", "publication", Observed.HOLDS, null, Map.of(), 1);
        Report amd = f.generate(Fixture.env(17, "amd64"));
        CellResult c = cell(amd, "WeakFlag", "publication", Engine.JCSTRESS);
        assertEquals(Verdict.NOT_RUN, c.verdict());
        assertFalse(c.expectedHere());
        assertTrue(c.verdictReason().contains("arch aarch64"), c.verdictReason());
        assertTrue(amd.summary().gatePassed(), () -> String.join("\n", amd.summary().gateProblems()));

        Report arm = f.generate(Fixture.env(17, "aarch64"));
        assertEquals(Verdict.ESCAPED, cell(arm, "WeakFlag", "publication", Engine.JCSTRESS).verdict());
    }

    @Test
    void aCellOfAnEngineOutsideThisShardIsNotExpectedHere() {
        Report r = new Fixture(root).allAsPromised().generate(Fixture.env(17, "amd64", "jcstress"));
        CellResult c = cell(r, "Lock", "mutual-exclusion", Engine.LINCHECK_MODEL_CHECKING);
        assertEquals(Verdict.NOT_RUN, c.verdict());
        assertFalse(c.expectedHere());
        assertTrue(r.summary().gatePassed(), () -> String.join("\n", r.summary().gateProblems()));
    }

    @Test
    void aRecordWithoutACellFailsTheGate() {
        Fixture f = new Fixture(root).allAsPromised();
        f.record("stress-tests", Engine.JCSTRESS, "Lock", "fairness", Observed.HOLDS, null, Map.of(), 1);
        Report r = f.generate(Fixture.env(17, "amd64"));
        assertFalse(r.summary().gatePassed());
        assertTrue(r.summary().gateProblems().stream().anyMatch(p -> p.contains("Lock × fairness × jcstress")),
                () -> String.join("\n", r.summary().gateProblems()));
    }

    @Test
    void aFailingTestThatNoCellAccountsForFailsTheGate() {
        Fixture f = new Fixture(root).allAsPromised()
                .junitXml("primitives", "dev.interlock.LockApiTest", "toStringShowsState")
                .junitXml("examples", "dev.example.ReentrantLockTest", "releaseFromAnotherThread");
        Report r = f.generate(Fixture.env(17, "amd64"));
        assertFalse(r.summary().gatePassed());
        List<String> problems = r.summary().gateProblems();
        assertEquals(1, problems.size(), () -> String.join("\n", problems));
        assertTrue(problems.get(0).contains("dev.interlock.LockApiTest.toStringShowsState"), problems.get(0));
        assertEquals(2, r.tests().get(0).modules().size());
    }

    @Test
    void theReportIdIgnoresTimingsAndSampleCountsButNotVerdicts() {
        Fixture f = new Fixture(root).allAsPromised();
        String first = f.generate(Fixture.env(17, "amd64")).reportId();
        f.write("stress-tests/target/interlock-records/jcstress.jsonl", "");
        f.record("stress-tests", Engine.JCSTRESS, "Lock", "mutual-exclusion", Observed.HOLDS, null,
                Map.of("samples", 99L), 123_456);
        f.record("stress-tests", Engine.JCSTRESS, "RacyLock", "mutual-exclusion", Observed.VIOLATED, null,
                Map.of("samples", 7L), 1);
        assertEquals(first, f.generate(Fixture.env(17, "amd64")).reportId());

        f.record("stress-tests", Engine.JCSTRESS, "RacyLock", "mutual-exclusion", Observed.HOLDS, null, Map.of(), 1);
        String escaped = f.generate(Fixture.env(17, "amd64")).reportId();
        assertFalse(first.equals(escaped), "a different verdict table must give a different id");
    }

    private static Map<Verdict, Integer> nonZero(Map<Verdict, Integer> counts) {
        Map<Verdict, Integer> m = new java.util.EnumMap<>(Verdict.class);
        counts.forEach((v, n) -> {
            if (n > 0) m.put(v, n);
        });
        return m;
    }
}
