package dev.interlock.stress.kit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.stress.gate.JcstressBudget;
import dev.interlock.stress.gate.JcstressLauncher;
import dev.interlock.stress.gate.JcstressReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs a module's jcstress tests in its ordinary test run ({@code mvn test} / {@code verify}), so
 * the module needs no jcstress plugin set-up: extend it once per module, usually in the class
 * that holds the {@link StressTests} factories.
 *
 * <p>The one test runs every jcstress test on the test class path ({@code META-INF/TestList}) in
 * <b>one</b> jcstress invocation in {@code target/jcstress-run} ({@link JcstressLauncher}, with
 * the quick budget unless {@code -Dinterlock.campaign=true}; see {@link JcstressBudget}), then
 * grades each test against its {@link dev.interlock.stress.Expectation} and writes one result
 * record per test to {@code target/interlock-records/jcstress.jsonl} ({@link JcstressReader},
 * whose table and totals appear in the test output). It records and goes on: the verdict on each
 * test is the verification report's ({@code interlock-ci}), which compares the records with the
 * manifest. The test itself fails only when jcstress could not run at all.
 *
 * <p>{@code -DskipTests} skips it like any test; a {@code -Dtest} filter that leaves it out leaves
 * the module's jcstress cells NOT RUN.
 */
public abstract class JcstressRun {

    /** Where jcstress runs, under the build directory ({@code -Dinterlock.build.directory}, default {@code target}). */
    private static final String WORKDIR = "jcstress-run";

    // The launcher's watchdog stops a quick run after 15 minutes; a campaign takes hours.
    @Test
    @Timeout(value = 24, unit = TimeUnit.HOURS)
    void everyJcstressTestShowsWhatItsExpectationSays() throws Exception {
        Path target = Path.of(System.getProperty("interlock.build.directory", "target"));
        Path records = Path.of(System.getProperty("interlock.records.dir", target.resolve("interlock-records").toString()));
        Path workdir = target.resolve(WORKDIR);
        JcstressLauncher.launch(null, workdir, JcstressBudget.fromSystemProperties());
        JcstressReader.run(workdir, records.resolve("jcstress.jsonl"));
        assertTrue(JcstressReader.ran(workdir), "jcstress did not run in " + workdir + ": see the output above");
    }
}
