package dev.interlock.conformance.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property a contract test checks: a stable, kebab-case id shared with the expectations
 * manifest and the other engines (e.g. {@code "mutual-exclusion"}). {@link RecordingExtension}
 * writes one result record per binding class and property, from the outcomes of that property's
 * tests.
 *
 * <p>On a method it names that test's property. On a class it is the default for the test methods
 * <em>declared in that class</em>; a method's own annotation wins. A test with neither is not
 * recorded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Property {
    /** The property id, kebab-case. */
    String value();
}
