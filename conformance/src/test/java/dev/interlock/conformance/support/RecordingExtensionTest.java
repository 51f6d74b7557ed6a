package dev.interlock.conformance.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.interlock.records.RecordWriter;
import dev.interlock.records.ResultRecord;
import dev.interlock.records.ResultRecord.Engine;
import dev.interlock.records.ResultRecord.Observed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * {@link RecordingExtension} seen from outside: small contract-like classes (nested below, run
 * only through the JUnit Platform Launcher here) and the records they leave.
 */
class RecordingExtensionTest {

    /** The records of {@link SampleConformanceTest}, run once for the tests that read them. */
    private static Map<String, ResultRecord> sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void runTheSample(@TempDir Path sampleDir) {
        sample = byProperty(run(SampleConformanceTest.class, sampleDir));
    }

    @Test
    void passingTestsOfAPropertyRecordHoldsWithTheirDeviationRowAndEvidence() {
        ResultRecord passes = sample.get("passes");
        assertEquals(Engine.JUNIT, passes.engine());
        assertEquals("Sample", passes.subject());
        assertEquals(Observed.HOLDS, passes.observed());
        assertEquals("D7", passes.deviation());
        assertEquals(2, passes.evidence().get("tests"));
        assertEquals(2, passes.evidence().get("passed"));
        assertEquals(0, passes.evidence().get("failed"));
        assertEquals(List.of(), passes.evidence().get("failures"));
        assertEquals(List.of("passes", "passesADeviation"), sorted(passes.evidence().get("passedTests")));
        assertEquals("platform", passes.budget().get("threads"));
        assertEquals(Deadlines.DEFAULT.toSeconds(), ((Number) passes.budget().get("deadlineSeconds")).longValue());
        assertTrue(passes.durationMs() >= 0);
    }

    @Test
    void anyFailureAssertionOrExceptionMakesThePropertyViolatedAndIsListed() {
        ResultRecord fails = sample.get("fails");
        assertEquals(Observed.VIOLATED, fails.observed());
        assertNull(fails.deviation(), "no passing test of the property cites a row");
        assertEquals(3, fails.evidence().get("tests"));
        assertEquals(1, fails.evidence().get("passed"));
        assertEquals(2, fails.evidence().get("failed"));
        Map<String, Map<?, ?>> failures = failuresByTest(fails);
        assertEquals("AssertionFailedError: first line", failures.get("failsAnAssertion").get("message"),
                "only the first line of the message");
        assertEquals("IllegalStateException: thrown by the test", failures.get("throwsAnException").get("message"));
        assertEquals("D9", failures.get("throwsAnException").get("deviation"), "a failed deviation test names its row");
    }

    @Test
    void aTimeoutIsAViolation() {
        ResultRecord timesOut = sample.get("times-out");
        assertEquals(Observed.VIOLATED, timesOut.observed());
        String message = (String) failuresByTest(timesOut).get("waitsForever").get("message");
        assertTrue(message.startsWith("TimeoutException: waitsForever() timed out"), message);
    }

    @Test
    void aPropertyWhoseTestsAreAllSkippedGetsNoRecordAndSkipsAreCountedElsewhere() {
        Map<String, ResultRecord> records = sample;
        assertFalse(records.containsKey("all-skipped"), "an aborted and a disabled test are not a pass");
        ResultRecord partly = records.get("partly-skipped");
        assertEquals(Observed.HOLDS, partly.observed());
        assertEquals(2, partly.evidence().get("tests"));
        assertEquals(1, partly.evidence().get("skipped"));
        assertEquals(List.of(Map.of("test", "isDisabled", "reason", "disabled: switched off")),
                partly.evidence().get("skippedTests"));
    }

    @Test
    void aTestWithoutAPropertyIsNotRecorded() {
        assertEquals(List.of("fails", "parameterized", "partly-skipped", "passes", "times-out"),
                sorted(List.copyOf(sample.keySet())));
    }

    @Test
    void aParameterizedTestCountsOncePerInvocation() {
        ResultRecord parameterized = sample.get("parameterized");
        assertEquals(Observed.VIOLATED, parameterized.observed());
        assertEquals(3, parameterized.evidence().get("tests"));
        assertEquals(2, parameterized.evidence().get("passed"));
        assertEquals(List.of("isNotTwo [2] 2"), List.copyOf(failuresByTest(parameterized).keySet()));
    }

    @Test
    void aClassLevelPropertyIsTheDefaultAndAMethodsOwnWins() {
        Map<String, ResultRecord> records = byProperty(run(ClassDefaultConformanceTest.class));
        assertEquals(List.of("usesTheClassDefault"), records.get("class-default").evidence().get("passedTests"));
        assertEquals(List.of("namesItsOwn"), records.get("own").evidence().get("passedTests"));
    }

    @Test
    void rowsOfSeveralDeviationsAreJoinedInNumericOrder() {
        ResultRecord record = byProperty(run(TwoRowsConformanceTest.class)).get("two-rows");
        assertEquals("D2+D10", record.deviation());
    }

    @Test
    void aLongMessageIsCutToAboutThreeHundredCharacters() {
        ResultRecord record = byProperty(run(LongMessageOnVirtualThreadsTest.class)).get("long");
        String message = (String) failuresByTest(record).get("failsWithALongMessage").get("message");
        assertEquals(300, message.length());
        assertTrue(message.startsWith("AssertionFailedError: xxx") && message.endsWith("…"), message);
    }

    @Test
    void theSubjectIsTheClassNameWithoutTheBindingSuffixUnlessOverridden() {
        assertEquals("Lock", Contract.subjectOf(LockConformanceTest.class));
        assertEquals("Lock", Contract.subjectOf(LockOnVirtualThreadsTest.class));
        assertEquals("Plain", Contract.subjectOf(Plain.class));
        assertEquals("ConformanceTest", Contract.subjectOf(ConformanceTest.class), "nothing would be left");
        assertEquals("LongMessage", run(LongMessageOnVirtualThreadsTest.class).get(0).subject());
        assertEquals("Renamed", run(TwoRowsConformanceTest.class).get(0).subject());
    }

    @Test
    void theFirstWriteInAJvmReplacesAnOlderFileAndALaterRunAppends() throws IOException {
        Path file = dir.resolve("junit").resolve("ClassDefaultConformanceTest.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "a record of an earlier build\n");
        assertEquals(2, run(ClassDefaultConformanceTest.class).size());
        assertEquals(4, run(ClassDefaultConformanceTest.class).size());
    }

    @Test
    void aClassThatRecordsNothingStillReplacesItsFile() throws IOException {
        Path file = dir.resolve("junit").resolve("NothingRanConformanceTest.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "a record of an earlier build\n");
        assertEquals(List.of(), run(NothingRanConformanceTest.class));
    }

    @Test
    void aPlatformThreadFactoryIsPlatform() {
        assertEquals("platform", BindingRecords.threadKind(Thread::new));
    }

    // ---- running a class and reading its records ---------------------------------------------

    private List<ResultRecord> run(Class<?> testClass) {
        return run(testClass, dir);
    }

    /** Runs {@code testClass} with the records going to {@code dir}, and returns its records. */
    private static List<ResultRecord> run(Class<?> testClass, Path dir) {
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass))
                .configurationParameter(RecordingExtension.RECORDS_DIR, dir.toString())
                .build());
        return RecordWriter.readAll(dir.resolve("junit").resolve(testClass.getSimpleName() + ".jsonl"));
    }

    private static Map<String, ResultRecord> byProperty(List<ResultRecord> records) {
        return records.stream().collect(Collectors.toMap(ResultRecord::property, Function.identity()));
    }

    private static Map<String, Map<?, ?>> failuresByTest(ResultRecord record) {
        return ((List<?>) record.evidence().get("failures")).stream().map(f -> (Map<?, ?>) f)
                .collect(Collectors.toMap(f -> (String) f.get("test"), Function.identity()));
    }

    private static List<String> sorted(Object names) {
        return ((List<?>) names).stream().map(String.class::cast).sorted().toList();
    }

    // ---- the classes under test (run only through run(...) above) -----------------------------

    static class SampleConformanceTest extends Contract {
        @Test @Property("passes") void passes() { }
        @Test @Property("passes") @Deviation("D7") void passesADeviation() { }

        @Test @Property("fails") void failsAnAssertion() { fail("first line\nsecond line"); }
        @Test @Property("fails") @Deviation("D9") void throwsAnException() { throw new IllegalStateException("thrown by the test"); }
        @Test @Property("fails") void passesBesideTheFailures() { }

        @Test @Property("times-out") @Timeout(value = 100, unit = TimeUnit.MILLISECONDS)
        void waitsForever() throws InterruptedException { new CountDownLatch(1).await(); }

        @Test @Property("all-skipped") void isAborted() { abort("not applicable to this subject"); }
        @Test @Property("all-skipped") @Disabled("switched off") void isAlsoDisabled() { }

        @Test @Property("partly-skipped") void runs() { }
        @Test @Property("partly-skipped") @Disabled("switched off") void isDisabled() { }

        @ParameterizedTest @ValueSource(ints = {1, 2, 3}) @Property("parameterized")
        void isNotTwo(int i) { assertTrue(i != 2); }

        @Test void hasNoProperty() { }
    }

    @Property("class-default")
    static class ClassDefaultConformanceTest extends Contract {
        @Test void usesTheClassDefault() { }
        @Test @Property("own") void namesItsOwn() { }
    }

    static class TwoRowsConformanceTest extends Contract {
        @Override protected String subject() { return "Renamed"; }
        @Test @Property("two-rows") @Deviation("D10") void citesTen() { }
        @Test @Property("two-rows") @Deviation("D2") void citesTwo() { }
    }

    static class LongMessageOnVirtualThreadsTest extends Contract {
        @Test @Property("long") void failsWithALongMessage() { fail("x".repeat(1000)); }
    }

    static class NothingRanConformanceTest extends Contract {
        @Test @Property("skipped") @Disabled("switched off") void isDisabled() { }
    }

    // Names only: for subjectOf.
    private static final class LockConformanceTest { }
    private static final class LockOnVirtualThreadsTest { }
    private static final class Plain { }
    private static final class ConformanceTest { }
}
