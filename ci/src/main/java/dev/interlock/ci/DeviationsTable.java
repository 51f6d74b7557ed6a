package dev.interlock.ci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The deviations table of {@code docs/semantics.md} (section "Deviations"): one row per place
 * where Interlock or a bound {@code java.util.concurrent} class differs from Python. The report
 * reprints it, and {@code deviates} cells must name one of its rows.
 */
public final class DeviationsTable {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*(D\\d+)\\s*\\|(.*)\\|\\s*$");

    private DeviationsTable() {
    }

    /**
     * One row.
     *
     * @param id         e.g. {@code D16}
     * @param python     what Python does
     * @param interlock  what Interlock does
     * @param juc        what java.util.concurrent does
     * @param assertedBy the tests that assert it
     */
    public record Row(String id, String python, String interlock, String juc, String assertedBy) {
    }

    /** The rows of the table in {@code semantics} (Markdown), in document order. */
    public static List<Row> read(Path semantics) {
        List<String> lines;
        try {
            lines = Files.readAllLines(semantics, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the deviations table " + semantics, e);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            Matcher m = ROW.matcher(line);
            if (!m.matches()) continue;
            List<String> cells = splitCells(m.group(2));
            while (cells.size() < 4) cells.add("");
            rows.add(new Row(m.group(1), cells.get(0), cells.get(1), cells.get(2), cells.get(3)));
        }
        if (rows.isEmpty()) throw new IllegalStateException(semantics + " has no deviations table rows (| Dn | …)");
        return rows;
    }

    /** The ids of {@code rows}. */
    public static Set<String> ids(List<Row> rows) {
        return rows.stream().map(Row::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Splits a Markdown table row on {@code |}, except inside back-quoted code spans. */
    private static List<String> splitCells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        for (char c : row.toCharArray()) {
            if (c == '`') code = !code;
            if (c == '|' && !code) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
