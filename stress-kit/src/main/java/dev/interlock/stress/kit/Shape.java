package dev.interlock.stress.kit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.openjdk.jcstress.annotations.Mode;

/**
 * Marks a jcstress test shape: an abstract class holding the state, the {@code @Actor}, {@code
 * @Arbiter} and {@code @Signal} methods, the {@code @Outcome}s and the {@code @Description} of one
 * property of one kind, with the subject left open (its constructor takes a factory). {@link
 * StressTestsProcessor} binds it to a subject by generating a concrete subclass: jcstress reads
 * only a test's own methods, so the subclass re-declares each annotated method as a one-line
 * call to the shape's; it inherits the shape's {@code @Outcome}s (an {@code @Inherited} annotation).
 *
 * <p>In the shape's {@code @Description}, {@code {subject}} stands for the subject's name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Shape {

    /** The stable property id, shared with the result records and the manifest. */
    String property();

    /** The test's name after {@code <Subject>_<NN>_}, e.g. {@code MutualExclusion}. */
    String name();

    /** jcstress's mode: {@code Continuous} (outcomes) or {@code Termination} (liveness). */
    Mode mode() default Mode.Continuous;
}
