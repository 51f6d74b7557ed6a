package dev.interlock.stress;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a jcstress test shows, declared once, on the test class: the subject, the property id
 * (shared with the result records and the expectations manifest) and whether the property is
 * expected to hold (a correct primitive) or to be violated (a demonstration of broken code).
 *
 * <p>The reader ({@link dev.interlock.stress.gate.JcstressReader}) grades each test by it:
 * <ul>
 *   <li>{@link Expected#HOLDS}: no {@code FORBIDDEN} (or undeclared) outcome and no error may be
 *       observed; bad outcomes are declared {@code FORBIDDEN} in the test.</li>
 *   <li>{@link Expected#VIOLATED}: at least one {@code ACCEPTABLE_INTERESTING} outcome (the bad
 *       one) <em>must</em> be observed; jcstress itself never requires that.</li>
 * </ul>
 * Every test must run and collect samples; a test with no samples is NOT RUN and fails the build.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Expectation {

    /** The subject under test: a primitive ({@code "Lock"}) or a broken variant ({@code "PlainSpinLock"}). */
    String subject();

    /** The stable property id, e.g. {@code "mutual-exclusion"}. */
    String property();

    /** Whether the property must hold or must be observed violated. */
    Expected expected() default Expected.HOLDS;

    /** For a demonstration, the test of the correct primitive with the same shape, else {@code void.class}. */
    Class<?> pairedWith() default void.class;

    /** What the test must show. */
    enum Expected {
        /** A correct primitive: the bad outcomes are FORBIDDEN and must never be observed. */
        HOLDS,
        /** A demonstration: the bad outcome is ACCEPTABLE_INTERESTING and must be observed. */
        VIOLATED
    }
}
