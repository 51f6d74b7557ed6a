package dev.interlock.ci;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A subject of the manifest: something that is verified (a primitive, an example) or must be
 * caught (a broken variant, a demonstration).
 *
 * @param role        {@code primitive}, {@code variant}, {@code demonstration} or {@code example}
 * @param kind        the contract kind, e.g. {@code mutex}, {@code event} (free text)
 * @param of          for variants and examples: what it imitates or replaces, e.g. {@code Lock}
 * @param bug         for variants and demonstrations: what is wrong
 * @param mirrors     for variants: the real-world bug it mirrors
 * @param bugClass    for variants: {@code logic} or {@code memory-model}
 * @param description anything else worth saying
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubjectSpec(String role, String kind, String of, String bug, String mirrors, String bugClass,
                          String description) {

    /** Whether the subject is expected to be caught (a variant or a demonstration). */
    @JsonIgnore
    public boolean isBroken() {
        return "variant".equals(role) || "demonstration".equals(role);
    }
}
