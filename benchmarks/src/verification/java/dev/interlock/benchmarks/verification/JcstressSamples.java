package dev.interlock.benchmarks.verification;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.ReportUtils;

/**
 * What one jcstress invocation did, read from its result file with jcstress's own classes (as
 * stress-tests' reader does): the tests that ran, their forks and their samples.
 */
record JcstressSamples(int tests, long forks, long samples) {

    static JcstressSamples read(Path workdir) throws IOException, ClassNotFoundException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(workdir, "jcstress-results-*.bin.gz")) {
            found.forEach(files::add);
        }
        if (files.size() != 1) throw new IllegalStateException(files.size() + " result files in " + workdir);
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(files.get(0).toString(), collector);
        try {
            reader.dump();
        } finally {
            reader.close();
        }
        Collection<TestResult> perFork = collector.getTestResults();
        long samples = 0;
        int tests = 0;
        for (TestResult merged : ReportUtils.mergedByName(perFork)) {
            tests++;
            samples += merged.getTotalCount();
        }
        return new JcstressSamples(tests, perFork.size(), samples);
    }
}
