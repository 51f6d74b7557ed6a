package dev.interlock.ci;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What the manifest promises for one cell. */
public enum Expectation {
    /** The property holds: a correct primitive. */
    HOLDS,
    /** The engine must catch a violation: a broken variant or a demonstration. */
    VIOLATED,
    /** A documented semantic difference (a row of the deviations table) must be observed. */
    DEVIATES,
    /** The engine cannot show this property; the cell carries the reason. */
    NOT_APPLICABLE;

    /** The manifest and JSON spelling: {@code holds}, {@code violated}, {@code deviates}, {@code not-applicable}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The expectation spelled {@code id}, or {@code null} if there is none. */
    static Expectation parse(String id) {
        return Arrays.stream(values()).filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }
}
