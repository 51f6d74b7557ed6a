package dev.interlock.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/semantics.md and the tests in step: every row of the deviations table is cited by at
 * least one test, and every cited id is a row of the table. A test cites a row with the annotation
 * {@code @Deviation("Dn")} (which also puts the row into the result record of its property) or
 * with a comment ({@code // Deviation Dn}, {@code Deviations D6 and D8}) where the row is a
 * secondary point of the test or the test is not a contract test. Runs from the conformance module
 * directory, as Surefire does.
 */
class DeviationsTableTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| (D\\d+) \\|", Pattern.MULTILINE);
    private static final Pattern CITATION = Pattern.compile("Deviations? (D\\d+(?:(?:, | and | \\+ )D\\d+)*)");
    private static final Pattern ANNOTATION = Pattern.compile("@Deviation\\(\\s*\"(D\\d+)\"\\s*\\)");
    private static final Pattern ID = Pattern.compile("D\\d+");
    private static final List<String> TEST_SOURCES = List.of(
            "primitives/src/test/java", "conformance/src/main/java", "conformance/src/test/java", "conformance/src/test/java21",
            "examples/src/test/java");

    @Test
    void everyDeviationIsAssertedByATestAndEveryCitationIsARow() throws IOException {
        Set<String> rows = ids(TABLE_ROW.matcher(Files.readString(ROOT.resolve("docs/semantics.md"))));
        assertFalse(rows.isEmpty(), "no deviation rows found in docs/semantics.md");

        Set<String> cited = new TreeSet<>();
        for (String dir : TEST_SOURCES) {
            Path sources = ROOT.resolve(dir);
            if (!Files.isDirectory(sources)) continue;
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    String source = read(f);
                    Matcher citation = CITATION.matcher(source);
                    while (citation.find()) cited.addAll(ids(ID.matcher(citation.group(1))));
                    cited.addAll(ids(ANNOTATION.matcher(source)));
                });
            }
        }

        Set<String> uncited = new TreeSet<>(rows);
        uncited.removeAll(cited);
        assertEquals(Set.of(), uncited, "deviations with no test citing them");
        Set<String> dangling = new TreeSet<>(cited);
        dangling.removeAll(rows);
        assertEquals(Set.of(), dangling, "tests citing deviations that are not rows of docs/semantics.md");
    }

    private static Set<String> ids(Matcher matcher) {
        Set<String> ids = new TreeSet<>();
        while (matcher.find()) ids.add(matcher.group(matcher.groupCount() >= 1 ? 1 : 0));
        return ids;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
