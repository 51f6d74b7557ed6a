package dev.interlock.ci;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.interlock.records.ResultRecord.Engine;

/**
 * One promised cell of the manifest: subject × property × engine → expectation.
 *
 * @param subject   a subject of the manifest
 * @param property  a property id of the manifest
 * @param engine    the engine
 * @param expect    what must be shown
 * @param deviation for {@code deviates}: the deviations-table row, e.g. {@code D16}
 * @param reason    for {@code not-applicable}: why; for a qualified cell: why it is expected only there
 * @param note      anything the report should say beside the verdict
 * @param when      where the cell is expected ({@link When#ALWAYS} if everywhere)
 * @param source    the manifest file that declared it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CellSpec(String subject, String property, Engine engine, Expectation expect, String deviation,
                       String reason, String note, When when, String source) {

    /** The key the records are matched by. */
    public Key key() {
        return new Key(subject, property, engine);
    }

    /** Subject × property × engine. */
    public record Key(String subject, String property, Engine engine) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = subject.compareTo(o.subject);
            if (c == 0) c = property.compareTo(o.property);
            return c != 0 ? c : engine.compareTo(o.engine);
        }

        @Override
        public String toString() {
            return subject + " × " + property + " × " + engine.id();
        }
    }
}
