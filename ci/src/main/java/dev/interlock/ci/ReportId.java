package dev.interlock.ci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.interlock.ci.Report.CellResult;
import dev.interlock.ci.Report.EnvironmentResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The report id: a SHA-256 of the normalised verdict table, the tool versions, the budgets and the
 * commit — not of timings, sample counts or dates — so two runs with the same outcome share an id.
 * Normalised means: cells sorted by subject, property and engine, each with its verdict per
 * environment; environments as JDK, architecture, profile, engines and tool versions; budgets as
 * the distinct budget maps of each cell's records with sorted keys.
 */
public final class ReportId {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private ReportId() {
    }

    /** {@code interlock-} and the first 16 hex digits of the hash. */
    public static String of(List<RunEnvironment> environments, List<CellResult> cells) {
        Map<String, Object> table = new LinkedHashMap<>();
        List<Object> envs = new ArrayList<>();
        for (RunEnvironment e : environments.stream().sorted(java.util.Comparator.comparing(RunEnvironment::id)).toList()) {
            Map<String, Object> m = new TreeMap<>();
            m.put("id", e.id());
            m.put("jdk", e.jdkVendor() + " " + e.jdkVersion());
            m.put("profile", e.profile());
            m.put("engines", new TreeSet<>(e.engines()));
            m.put("tools", new TreeMap<>(e.tools()));
            m.put("commit", e.commit());
            m.put("dirty", e.dirty());
            envs.add(m);
        }
        table.put("environments", envs);
        List<Object> rows = new ArrayList<>();
        for (CellResult c : cells.stream().sorted(java.util.Comparator.comparing(
                (CellResult c) -> new CellSpec.Key(c.subject(), c.property(), c.engine()))).toList()) {
            Map<String, Object> row = new TreeMap<>();
            row.put("cell", c.subject() + "|" + c.property() + "|" + c.engine().id());
            Map<String, Object> verdicts = new TreeMap<>();
            TreeSet<String> budgets = new TreeSet<>();
            for (EnvironmentResult r : c.results()) {
                verdicts.put(r.environment(), r.verdict().name());
                r.observations().forEach(o -> budgets.add(canonical(o.budget())));
            }
            row.put("verdicts", verdicts);
            row.put("budgets", budgets);
            rows.add(row);
        }
        table.put("cells", rows);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(table).getBytes(StandardCharsets.UTF_8));
            return "interlock-" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static String canonical(Object o) {
        try {
            return CANONICAL.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
