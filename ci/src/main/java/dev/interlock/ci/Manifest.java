package dev.interlock.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.interlock.records.ResultRecord.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The expectations manifest: every cell the project promises. It is a directory of YAML files
 * ({@code ci/expectations/*.yaml}), merged on load; each file may declare {@code subjects},
 * {@code properties} and {@code cells}:
 * <pre>{@code
 * subjects:
 *   PlainSpinLock: {role: variant, kind: mutex, of: Lock, bug: "…", mirrors: "…", bugClass: memory-model}
 * properties:
 *   mutual-exclusion: "At most one thread holds the lock at any time."
 * cells:
 *   - subject: PlainSpinLock
 *     property: mutual-exclusion
 *     jcstress: violated
 *     lincheck-stress: {expect: not-applicable, reason: "…"}
 *     junit: {expect: deviates, deviation: D16, when: {jdk: ">=19"}}
 * }</pre>
 * Loading validates everything and reports all problems at once: unknown keys, subjects,
 * properties, engines and expectations, a {@code deviates} cell without an existing
 * deviations-table row, a {@code not-applicable} cell without a reason, a cell declared twice.
 *
 * @param subjects   by name
 * @param properties property id → one sentence
 * @param cells      every promised cell, sorted by key
 */
public record Manifest(Map<String, SubjectSpec> subjects, Map<String, String> properties, List<CellSpec> cells) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_KEYS = Set.of("subjects", "properties", "cells");
    private static final Set<String> SUBJECT_KEYS = Set.of("role", "kind", "of", "bug", "mirrors", "bugClass",
            "description");
    private static final Set<String> ROLES = Set.of("primitive", "variant", "demonstration", "example");
    private static final Set<String> CELL_VALUE_KEYS = Set.of("expect", "deviation", "reason", "note", "when");
    private static final Set<String> WHEN_KEYS = Set.of("jdk", "arch", "profile");

    /** Loads every {@code *.yaml}/{@code *.yml} file of {@code dir}, checking deviations against {@code deviationIds}. */
    public static Manifest load(Path dir, Set<String> deviationIds) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new ManifestException(List.of(dir + ": cannot list the manifest directory (" + e.getMessage() + ")"));
        }
        if (files.isEmpty()) throw new ManifestException(List.of(dir + ": no *.yaml manifest file"));
        Loader loader = new Loader(deviationIds);
        for (Path f : files) loader.read(f);
        return loader.finish();
    }

    /** The cell with this key, or null. */
    public CellSpec cell(CellSpec.Key key) {
        for (CellSpec c : cells) if (c.key().equals(key)) return c;
        return null;
    }

    /** Accumulates files and problems; the manifest is built only if there are none. */
    private static final class Loader {
        private final Set<String> deviationIds;
        private final Map<String, SubjectSpec> subjects = new TreeMap<>();
        private final Map<String, String> properties = new TreeMap<>();
        private final Map<CellSpec.Key, CellSpec> cells = new TreeMap<>();
        private final List<String> problems = new ArrayList<>();
        /** Cells are checked against subjects and properties after all files are read. */
        private final List<CellSpec> pending = new ArrayList<>();

        Loader(Set<String> deviationIds) {
            this.deviationIds = deviationIds;
        }

        void read(Path file) {
            String name = file.getFileName().toString();
            JsonNode root;
            try {
                root = YAML.readTree(file.toFile());
            } catch (IOException e) {
                problems.add(name + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
                return;
            }
            if (root == null || root.isMissingNode() || root.isNull()) return;
            if (!root.isObject()) {
                problems.add(name + ": the top level must be a mapping of subjects, properties and cells");
                return;
            }
            unknownKeys(name, "the top level", root, TOP_KEYS);
            root.path("subjects").properties().forEach(e -> subject(name, e.getKey(), e.getValue()));
            root.path("properties").properties().forEach(e -> {
                if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                    problems.add(name + ": property " + e.getKey() + " needs a one-sentence description");
                } else if (properties.putIfAbsent(e.getKey(), e.getValue().asText()) != null) {
                    problems.add(name + ": property " + e.getKey() + " is declared twice");
                }
            });
            JsonNode cellList = root.path("cells");
            if (!cellList.isMissingNode() && !cellList.isArray()) problems.add(name + ": cells must be a list");
            int i = 0;
            for (JsonNode c : cellList) cellRow(name + " cell #" + ++i, name, c);
        }

        private void subject(String file, String id, JsonNode node) {
            if (!node.isObject()) {
                problems.add(file + ": subject " + id + " must be a mapping");
                return;
            }
            unknownKeys(file, "subject " + id, node, SUBJECT_KEYS);
            SubjectSpec s = new SubjectSpec(text(node, "role"), text(node, "kind"), text(node, "of"),
                    text(node, "bug"), text(node, "mirrors"), text(node, "bugClass"), text(node, "description"));
            if (s.role() == null || !ROLES.contains(s.role())) {
                problems.add(file + ": subject " + id + " needs a role (primitive, variant, demonstration or example), not "
                        + s.role());
            }
            if (s.isBroken() && s.bug() == null) problems.add(file + ": subject " + id + " is broken: say what is wrong (bug)");
            if (s.bugClass() != null && !s.bugClass().equals("logic") && !s.bugClass().equals("memory-model")) {
                problems.add(file + ": subject " + id + ": bugClass must be logic or memory-model");
            }
            if (subjects.putIfAbsent(id, s) != null) problems.add(file + ": subject " + id + " is declared twice");
        }

        private void cellRow(String where, String file, JsonNode row) {
            if (!row.isObject()) {
                problems.add(where + ": a cell row must be a mapping");
                return;
            }
            String subject = text(row, "subject");
            String property = text(row, "property");
            if (subject == null || property == null) {
                problems.add(where + ": a cell row needs subject and property");
                return;
            }
            where = file + " (" + subject + " × " + property + ")";
            String rowNote = text(row, "note");
            boolean anyEngine = false;
            for (Map.Entry<String, JsonNode> e : row.properties()) {
                String key = e.getKey();
                if (key.equals("subject") || key.equals("property") || key.equals("note")) continue;
                Engine engine = engine(key);
                if (engine == null) {
                    problems.add(where + ": unknown engine " + key + " (engines: junit, lincheck-model-checking, "
                            + "lincheck-stress, lincheck-general, jcstress)");
                    continue;
                }
                anyEngine = true;
                CellSpec cell = cell(where + " " + key, file, subject, property, engine, e.getValue(), rowNote);
                if (cell != null) pending.add(cell);
            }
            if (!anyEngine) problems.add(where + ": the row names no engine");
        }

        private CellSpec cell(String where, String file, String subject, String property, Engine engine,
                              JsonNode value, String rowNote) {
            String expectText;
            String deviation = null, reason = null, note = rowNote;
            When when = When.ALWAYS;
            if (value.isTextual()) {
                expectText = value.asText();
            } else if (value.isObject()) {
                unknownKeys(where, "the cell", value, CELL_VALUE_KEYS);
                expectText = text(value, "expect");
                deviation = text(value, "deviation");
                reason = text(value, "reason");
                if (text(value, "note") != null) note = text(value, "note");
                JsonNode w = value.path("when");
                if (!w.isMissingNode()) {
                    unknownKeys(where, "when", w, WHEN_KEYS);
                    when = new When(text(w, "jdk"), text(w, "arch"), text(w, "profile"));
                    for (String p : when.problems()) problems.add(where + ": " + p);
                }
            } else {
                problems.add(where + ": a cell is an expectation or a mapping with expect");
                return null;
            }
            Expectation expect = Expectation.parse(expectText);
            if (expect == null) {
                problems.add(where + ": unknown expectation " + expectText
                        + " (holds, violated, deviates, not-applicable)");
                return null;
            }
            if (expect == Expectation.DEVIATES && deviation == null) {
                problems.add(where + ": a deviates cell names its deviations-table row (deviation: Dn)");
            } else if (deviation != null && expect != Expectation.DEVIATES) {
                problems.add(where + ": only a deviates cell names a deviation");
            } else if (deviation != null) {
                // A property may deviate by several rows at once, written as the records write them: D26+D27.
                for (String row : deviation.split("\\+")) {
                    if (!deviationIds.contains(row)) {
                        problems.add(where + ": deviation " + row + " is not a row of the deviations table"
                                + (deviationIds.isEmpty() ? " (docs/semantics.md under the root: missing, or without | Dn | rows)"
                                        : " (docs/semantics.md under the root)"));
                    }
                }
            }
            if (expect == Expectation.NOT_APPLICABLE && reason == null) {
                problems.add(where + ": a not-applicable cell gives its reason");
            }
            return new CellSpec(subject, property, engine, expect, deviation, reason, note, when, file);
        }

        Manifest finish() {
            for (CellSpec c : pending) {
                String where = c.source() + " (" + c.key() + ")";
                if (!subjects.containsKey(c.subject())) problems.add(where + ": unknown subject " + c.subject());
                if (!properties.containsKey(c.property())) problems.add(where + ": unknown property " + c.property());
                CellSpec earlier = cells.putIfAbsent(c.key(), c);
                if (earlier != null) problems.add(where + ": declared twice (also in " + earlier.source() + ")");
            }
            if (!problems.isEmpty()) throw new ManifestException(problems);
            return new Manifest(Collections.unmodifiableMap(new LinkedHashMap<>(subjects)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(properties)), List.copyOf(cells.values()));
        }

        private void unknownKeys(String where, String what, JsonNode node, Set<String> allowed) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!allowed.contains(e.getKey())) problems.add(where + ": unknown key " + e.getKey() + " in " + what);
            }
        }

        private static Engine engine(String id) {
            try {
                return Engine.of(id);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static String text(JsonNode node, String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }
}
