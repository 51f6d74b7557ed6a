package dev.interlock.ci;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line of the report: {@code generate} (the last step of {@code ./mvnw verify}) and
 * {@code merge} (combines the shard reports of a CI matrix). Both write {@code report.json},
 * {@code index.html}, {@code report.md}, {@code CITATION.cff} and {@code report.bib} to the output
 * directory, print the path and a one-screen summary, and exit 1 when the gate fails.
 */
@Command(name = "interlock-report", mixinStandardHelpOptions = true, version = "interlock-report 1",
        subcommands = {InterlockReport.Generate.class, InterlockReport.Merge.class},
        description = "Judges the engines' records against the expectations manifest and writes the verification report.")
public final class InterlockReport {

    /** Exit status when the gate fails. */
    static final int GATE_FAILED = 1;
    /** Exit status on bad input (a malformed manifest, an unreadable report). */
    static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status. */
    static int run(String... args) {
        return new CommandLine(new InterlockReport())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("[interlock-report] " + (e instanceof ManifestException ? "" : "error: ")
                            + e.getMessage());
                    return BAD_INPUT;
                })
                .execute(args);
    }

    /** Options shared by both commands. */
    static class Output {
        @Option(names = "--out", required = true, description = "Directory to write the report to.")
        Path out;

        @Option(names = "--gate", defaultValue = "true", arity = "1",
                description = "Exit 1 when a cell is FAILED, ESCAPED or NOT_RUN (default: ${DEFAULT-VALUE}).")
        boolean gate;
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Judge this run: read the manifest, the records and the JUnit XML under --root.")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--root", required = true, description = "The project root.")
        Path root;

        @Option(names = "--manifest", required = true, description = "The expectations directory (*.yaml).")
        Path manifest;

        @Option(names = "--profile", defaultValue = "default", description = "default or campaign.")
        String profile;

        @Option(names = "--engines", split = ",", required = true,
                description = "The engines this run includes (a shard includes fewer).")
        List<String> engines;

        @Option(names = "--interlock-version", required = true,
                description = "The Interlock version (the report says \"Interlock <version>\").")
        String version;

        @Option(names = "--tool", description = "A tool version, name=version (repeatable).")
        Map<String, String> tools = new LinkedHashMap<>();

        @CommandLine.Mixin
        Output output = new Output();

        @Override
        public Integer call() throws IOException {
            if (!profile.equals("default") && !profile.equals("campaign")) {
                throw new IllegalArgumentException("--profile must be default or campaign, not " + profile);
            }
            List<String> known = Arrays.stream(dev.interlock.records.ResultRecord.Engine.values())
                    .map(dev.interlock.records.ResultRecord.Engine::id).toList();
            for (String e : engines) {
                if (!known.contains(e)) throw new IllegalArgumentException("unknown engine " + e + "; engines: " + known);
            }
            RunEnvironment env = RunEnvironment.current(profile, engines, tools, root);
            Report report = ReportGenerator.generate(root, manifest, env, version);
            return finish(report, output, root);
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge shard reports (report.json files) into one report with a column per environment.")
    static final class Merge implements Callable<Integer> {
        @Parameters(arity = "1..*", description = "The shards' report.json files.")
        List<Path> reports = new ArrayList<>();

        @CommandLine.Mixin
        Output output = new Output();

        @Override
        public Integer call() throws IOException {
            List<Report> shards = new ArrayList<>();
            for (Path p : reports) {
                List<String> problems = ReportSchema.validate(Files.readString(p, StandardCharsets.UTF_8));
                if (!problems.isEmpty()) {
                    throw new IllegalArgumentException(p + " is not a valid report.json:\n  " + String.join("\n  ", problems));
                }
                shards.add(ReportJson.read(p));
            }
            return finish(ReportMerger.merge(shards), output, null);
        }
    }

    /** Writes every file, prints the summary, and returns the exit status. */
    static int finish(Report report, Output output, Path root) throws IOException {
        ReportFiles.write(report, output.out, root);
        String md = Files.readString(output.out.resolve(ReportFiles.MARKDOWN), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(Summary.oneScreen(report));
        System.out.println("[interlock-report] report: " + output.out.resolve(ReportFiles.HTML).toAbsolutePath());
        System.out.println("[interlock-report] summary for a pull request: " + output.out.resolve(ReportFiles.MARKDOWN)
                + " (" + md.lines().count() + " lines)");
        if (report.summary().gatePassed()) return 0;
        System.out.println("[interlock-report] GATE FAILED: " + report.summary().gateProblems().size() + " problem(s)"
                + (output.gate ? "" : " (not failing the build: --gate=false)"));
        return output.gate ? GATE_FAILED : 0;
    }
}
