package dev.interlock.ci;

import dev.interlock.ci.Report.CellResult;
import dev.interlock.ci.Report.EnvironmentResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Combines shard reports into one report with a column per environment. Shards of one
 * environment (same JDK feature release and architecture) fill one column: for each cell, the
 * shard that was expected to run it wins over one that was not. Every cell is then judged over the
 * environments it names, so a cell qualified {@code arch: aarch64} is decided by the arm64 columns
 * only, and is "not expected here" on the others.
 */
public final class ReportMerger {

    private ReportMerger() {
    }

    /** The merged report. All inputs must come from the same manifest (same cells). */
    public static Report merge(List<Report> shards) {
        if (shards.isEmpty()) throw new IllegalArgumentException("nothing to merge: give at least one report.json");
        Report first = shards.get(0);
        for (Report r : shards) {
            if (r.schema() != Report.SCHEMA) {
                throw new IllegalArgumentException(r.reportId() + ": report schema " + r.schema() + ", expected " + Report.SCHEMA);
            }
            if (!Objects.equals(r.version(), first.version())) {
                throw new IllegalArgumentException("reports of different versions: " + first.version() + " and " + r.version());
            }
        }
        Map<String, RunEnvironment> environments = new TreeMap<>();
        for (Report r : shards) {
            for (RunEnvironment e : r.environments()) {
                RunEnvironment seen = environments.get(e.id());
                environments.put(e.id(), seen == null ? e : union(seen, e));
            }
        }
        Map<CellSpec.Key, CellResult> skeleton = new TreeMap<>();
        Map<CellSpec.Key, Map<String, List<EnvironmentResult>>> results = new TreeMap<>();
        for (Report r : shards) {
            for (CellResult c : r.cells()) {
                CellSpec.Key key = new CellSpec.Key(c.subject(), c.property(), c.engine());
                CellResult seen = skeleton.putIfAbsent(key, c);
                if (seen != null && (seen.expected() != c.expected() || !Objects.equals(seen.deviation(), c.deviation()))) {
                    throw new IllegalArgumentException("the shards disagree on the manifest cell " + key
                            + ": " + seen.expected() + " vs " + c.expected());
                }
                for (EnvironmentResult er : c.results()) {
                    results.computeIfAbsent(key, k -> new TreeMap<>())
                            .computeIfAbsent(er.environment(), k -> new ArrayList<>()).add(er);
                }
            }
        }
        List<CellResult> cells = new ArrayList<>();
        skeleton.forEach((key, c) -> {
            List<EnvironmentResult> perEnv = new ArrayList<>();
            results.getOrDefault(key, Map.of()).values().forEach(rs -> perEnv.add(Judge.combineShards(rs)));
            cells.add(new CellResult(c.subject(), c.property(), c.engine(), c.expected(), c.deviation(), c.reason(),
                    c.note(), c.when(), c.verdict(), c.expectedHere(), c.verdictReason(), perEnv));
        });
        Map<String, SubjectSpec> subjects = new LinkedHashMap<>();
        Map<String, String> properties = new TreeMap<>();
        List<Report.EngineRun> engineRuns = new ArrayList<>();
        List<Report.TestRun> tests = new ArrayList<>();
        for (Report r : shards) {
            r.subjects().forEach(subjects::putIfAbsent);
            properties.putAll(r.properties());
            engineRuns.addAll(r.engineRuns());
            tests.addAll(r.tests());
        }
        return ReportAssembler.assemble(first.version(), List.copyOf(environments.values()), subjects, properties, cells,
                first.deviations(), engineRuns, tests,
                shards.stream().map(Report::mutation).filter(Objects::nonNull).findFirst().orElse(null),
                shards.stream().map(Report::benchmarks).filter(Objects::nonNull).findFirst().orElse(null));
    }

    /** Two shards of one environment: the engines they ran together; a differing commit is an error. */
    private static RunEnvironment union(RunEnvironment a, RunEnvironment b) {
        if (!a.commit().equals(b.commit())) {
            throw new IllegalArgumentException("shards of " + a.id() + " come from different commits: " + a.commit()
                    + " and " + b.commit());
        }
        List<String> engines = new ArrayList<>(a.engines());
        b.engines().stream().filter(e -> !engines.contains(e)).forEach(engines::add);
        return new RunEnvironment(a.id(), a.jdkVendor(), a.jdkVersion(), a.jdkFeature(), a.os(), a.arch(), a.cpus(),
                a.memoryMb(), a.profile(), engines, a.tools(), a.commit(), a.dirty() || b.dirty());
    }
}
