package dev.interlock.records;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What one engine observed for one property of one subject: the shared result record of the
 * architecture sketch, schema 1.
 *
 * <pre>{@code
 * {"schema":1,"engine":"jcstress","subject":"Lock","property":"mutual-exclusion",
 *  "observed":"holds","budget":{"mode":"quick"},"evidence":{"samples":123},
 *  "durationMs":1234,"environment":{"jdk":"17.0.15","arch":"amd64","cpus":2}}
 * }</pre>
 *
 * @param schema      the record format version, {@value #SCHEMA}
 * @param engine      the engine that ran the test
 * @param subject     the primitive, broken variant or example under test, e.g. {@code "Lock"}
 * @param property    a stable property id shared with the expectations manifest, e.g. {@code "mutual-exclusion"}
 * @param observed    what the engine saw: the property held, was violated, or the run failed
 * @param deviation   the deviations-table row a test of a documented deviation observed, else null
 *                    (then omitted from the JSON)
 * @param budget      engine-specific budget: iterations, mode, forks, quick|campaign
 * @param evidence    engine-specific evidence: outcome counts, samples, runs, trace files
 * @param durationMs  wall time the observation took, in milliseconds
 * @param environment where it ran
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "engine", "subject", "property", "observed", "deviation", "budget", "evidence",
        "durationMs", "environment"})
public record ResultRecord(int schema, Engine engine, String subject, String property, Observed observed,
                           String deviation, Map<String, Object> budget, Map<String, Object> evidence,
                           long durationMs, Environment environment) {

    /** The record format version written by this class. */
    public static final int SCHEMA = 1;

    /** Checks the required fields and copies the maps (insertion order kept). */
    public ResultRecord {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(environment, "environment");
        budget = budget == null ? Map.of() : new LinkedHashMap<>(budget);
        evidence = evidence == null ? Map.of() : new LinkedHashMap<>(evidence);
    }

    /** A schema-{@value #SCHEMA} record without a deviation. */
    public static ResultRecord of(Engine engine, String subject, String property, Observed observed,
                                  Map<String, Object> budget, Map<String, Object> evidence, long durationMs,
                                  Environment environment) {
        return new ResultRecord(SCHEMA, engine, subject, property, observed, null, budget, evidence, durationMs,
                environment);
    }

    /** The engines that write records; the JSON value is {@link #id()}. */
    public enum Engine {
        JUNIT("junit"),
        LINCHECK_MODEL_CHECKING("lincheck-model-checking"),
        LINCHECK_STRESS("lincheck-stress"),
        LINCHECK_GENERAL("lincheck-general"),
        JCSTRESS("jcstress");

        private final String id;

        Engine(String id) {
            this.id = id;
        }

        /** The JSON value, e.g. {@code "lincheck-stress"}. */
        @JsonValue
        public String id() {
            return id;
        }

        /** The engine whose JSON value is {@code id}. */
        @JsonCreator
        public static Engine of(String id) {
            return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown engine: " + id));
        }
    }

    /** What the engine observed; the JSON value is the lower-case name. */
    public enum Observed {
        /** The property held for everything the engine tried. */
        HOLDS,
        /** The engine observed a violation of the property. */
        VIOLATED,
        /** The run itself failed (an exception, a harness error): nothing is known about the property. */
        ERROR;

        /** The JSON value: {@code "holds"}, {@code "violated"} or {@code "error"}. */
        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The value whose JSON form is {@code id}. */
        @JsonCreator
        public static Observed of(String id) {
            return Arrays.stream(values()).filter(o -> o.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown observation: " + id));
        }
    }

    /**
     * Where a record was made.
     *
     * @param jdk  {@code java.version}, e.g. {@code "17.0.15"}
     * @param arch {@code os.arch}, e.g. {@code "amd64"} or {@code "aarch64"}
     * @param cpus the processors available to the JVM
     */
    @JsonPropertyOrder({"jdk", "arch", "cpus"})
    public record Environment(String jdk, String arch, int cpus) {

        /** The environment of the running JVM. */
        public static Environment current() {
            return new Environment(System.getProperty("java.version"), System.getProperty("os.arch"),
                    Runtime.getRuntime().availableProcessors());
        }
    }
}
