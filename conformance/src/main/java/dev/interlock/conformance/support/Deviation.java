package dev.interlock.conformance.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This test asserts the documented alternative behaviour of one row of the deviations table
 * (docs/semantics.md, section 3), e.g. {@code @Deviation("D1")}: Interlock polls where Python
 * raises. When the test passes, the result record of its {@link Property} carries the row id, so
 * that the manifest can expect {@code deviates} with that row; when it fails, the failure lists
 * the row.
 *
 * <p>A property's tests should cite at most one row between them (the contracts are checked for
 * it); see {@link RecordingExtension} for how several rows are written.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Deviation {
    /** The row id, e.g. {@code "D4"}. */
    String value();
}
