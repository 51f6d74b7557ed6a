package dev.interlock.ci;

import dev.interlock.records.RecordWriter;
import dev.interlock.records.ResultRecord;
import dev.interlock.records.ResultRecord.Engine;
import dev.interlock.records.ResultRecord.Environment;
import dev.interlock.records.ResultRecord.Observed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A throw-away project tree for the generator: a deviations table, a manifest directory, engine
 * modules with records and JUnit XML — the same layout {@code ./mvnw verify} leaves behind.
 */
final class Fixture {

    static final String SEMANTICS = """
            # Semantics
            ## 3. Deviations
            | Id | Python | Interlock | java.util.concurrent | Asserted by |
            |---|---|---|---|---|
            | D1 | a timeout `<= 0` raises | polls | polls | `LockContract` |
            | D16 | `Lock` has no owner | the same | `unlock` by a non-owner throws | `ReentrantLockTest` |
            """;

    static final String MANIFEST = """
            subjects:
              Lock: {role: primitive, kind: mutex}
              RacyLock: {role: variant, kind: mutex, of: Lock, bug: "check-then-act", mirrors: "a classic", bugClass: logic}
              ReentrantLock: {role: example, kind: mutex, of: Lock}
            properties:
              mutual-exclusion: "At most one thread holds the lock."
              non-owner-release: "Any thread may release a Lock."
            cells:
              - subject: Lock
                property: mutual-exclusion
                jcstress: holds
                lincheck-model-checking: holds
                lincheck-stress: {expect: not-applicable, reason: "covered by model checking"}
              - subject: RacyLock
                property: mutual-exclusion
                jcstress: violated
                lincheck-model-checking: violated
              - subject: ReentrantLock
                property: non-owner-release
                junit: {expect: deviates, deviation: D16}
            """;

    final Path root;

    Fixture(Path root) {
        this.root = root;
        write("docs/semantics.md", SEMANTICS);
        write("ci/expectations/main.yaml", MANIFEST);
    }

    Path manifest() {
        return root.resolve("ci/expectations");
    }

    Fixture write(String relative, String text) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends a record to {@code <module>/target/interlock-records/<file>}. */
    Fixture record(String module, Engine engine, String subject, String property, Observed observed, String deviation,
                   Map<String, Object> evidence, long durationMs) {
        ResultRecord r = new ResultRecord(ResultRecord.SCHEMA, engine, subject, property, observed, deviation,
                Map.of("profile", "quick"), evidence, durationMs, new Environment("17.0.15", "amd64", 2));
        RecordWriter.appendingTo(root.resolve(module).resolve("target/interlock-records/" + engine.id() + ".jsonl")).append(r);
        return this;
    }

    /** Every manifest cell of {@link #MANIFEST} recorded with its promised observation. */
    Fixture allAsPromised() {
        record("stress-tests", Engine.JCSTRESS, "Lock", "mutual-exclusion", Observed.HOLDS, null,
                Map.of("outcomes", Map.of("1, 2", 10_000L), "samples", 10_000L), 5000);
        record("model-tests", Engine.LINCHECK_MODEL_CHECKING, "Lock", "mutual-exclusion", Observed.HOLDS, null,
                Map.of("runs", 400), 3000);
        racyLock(Observed.VIOLATED, Observed.VIOLATED);
        record("examples", Engine.JUNIT, "ReentrantLock", "non-owner-release", Observed.VIOLATED, "D16",
                Map.of("tests", 3, "testClass", "dev.example.ReentrantLockTest",
                        "failures", List.of(Map.of("test", "releaseFromAnotherThread()", "message", "IllegalMonitorState"))), 40);
        return this;
    }

    Fixture racyLock(Observed jcstress, Observed lincheck) {
        record("stress-tests", Engine.JCSTRESS, "RacyLock", "mutual-exclusion", jcstress, null,
                Map.of("outcomes", Map.of("1, 1", 42L, "1, 2", 9_958L), "badOutcomes", List.of("'1, 1' x42 (lost update)"),
                        "samples", 10_000L), 5000);
        record("model-tests", Engine.LINCHECK_MODEL_CHECKING, "RacyLock", "mutual-exclusion", lincheck, null,
                Map.of("runs", 12, "failureTitle", "= Invalid execution results ="), 700);
        return this;
    }

    /** A Surefire report with one passing and, if {@code failing} is not null, one failing test. */
    Fixture junitXml(String module, String className, String failing) {
        String failure = failing == null ? "" : """
                  <testcase name="%s" classname="%s" time="0.1"><failure message="expected true"/></testcase>
                """.formatted(failing, className);
        return write(module + "/target/surefire-reports/TEST-" + className + ".xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="%s" time="0.3" tests="2" failures="%d">
                  <testcase name="passes" classname="%s" time="0.2"/>
                %s</testsuite>
                """.formatted(className, failing == null ? 0 : 1, className, failure));
    }

    static RunEnvironment env(int jdk, String arch, String... engines) {
        List<String> e = engines.length > 0 ? List.of(engines)
                : List.of("junit", "lincheck-model-checking", "lincheck-stress", "lincheck-general", "jcstress");
        return new RunEnvironment(RunEnvironment.idOf(jdk, arch), "Test Vendor", jdk + ".0.1", jdk, "Linux 6", arch, 2,
                24_000, "default", e, Map.of("jcstress", "0.16", "lincheck", "3.7"), "abc123", false);
    }

    Report generate(RunEnvironment env) {
        return ReportGenerator.generate(root, manifest(), env, "0.1.0-TEST");
    }
}
