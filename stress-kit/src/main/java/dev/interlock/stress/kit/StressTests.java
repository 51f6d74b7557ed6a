package dev.interlock.stress.kit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates real jcstress tests for a subject: put it on a static factory method that returns a
 * new subject (the adapter of your primitive), and the kit's annotation processor writes one
 * jcstress test per property of the {@link #kind()}, in the factory's package, named {@code
 * <subject>_<NN>_<Property>} (e.g. {@code TicketLock_01_MutualExclusion}); jcstress's own
 * processor then compiles them in the same build. Each test carries {@link
 * dev.interlock.stress.Expectation} (the subject, the property, expected to hold), so the reader
 * grades it and writes its result record.
 *
 * <pre>{@code
 * class TicketLockStressTest extends JcstressRun {          // JcstressRun: runs them in `mvn verify`
 *     @StressTests(subject = "TicketLock", kind = Kind.MUTEX)
 *     static MutexSubject ticketLock() { return new TicketLockSubject(new TicketLock()); }
 * }
 * }</pre>
 *
 * The factory's parameters and return type are the kind's (see {@link Kind}): e.g. {@code
 * static SemaphoreSubject semaphore(int value)} for {@link Kind#SEMAPHORE}. The processor checks
 * them and reports a compile error on the method otherwise.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface StressTests {

    /** The subject's name in test names and records: a Java identifier, e.g. {@code "TicketLock"}. */
    String subject();

    /** Which kind of primitive the factory returns: selects the properties tested. */
    Kind kind();

    /**
     * Property ids of the kind to leave out, for a subject whose documented semantics differ
     * there (say why in the expectations manifest, as a not-applicable cell).
     */
    String[] exclude() default {};
}
