package dev.interlock.conformance.support;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit as an engine: writes one {@code dev.interlock.records.ResultRecord} (engine {@code
 * junit}) per binding class and {@link Property}, so that {@code ci} can compare what the
 * contracts observed with the manifest. Registered on {@link Contract}, so every binding records,
 * ours and users'.
 *
 * <ul>
 *   <li><b>observed</b>: {@code holds} if every test of the property that ran passed, {@code
 *       violated} if any failed (an assertion, any exception, a timeout). A property whose tests
 *       were all skipped, disabled or aborted gets <em>no</em> record: {@code ci} then reports it
 *       NOT RUN, never passed.</li>
 *   <li><b>deviation</b>: the {@link Deviation} row of the property's passing tests. Should they
 *       cite several rows, all are written, sorted by number and joined with {@code "+"} (e.g.
 *       {@code "D1+D3"}): never a silent choice, and never equal to a single row a manifest
 *       cell could expect.</li>
 *   <li><b>evidence</b>: {@code tests}, {@code passed}, {@code failed}, {@code skipped}, {@code
 *       failures} ({@code test}, the first line of the {@code message}, the failed test's {@code
 *       deviation} if it has one), {@code passedTests} and {@code skippedTests}. A parameterized
 *       test counts once per invocation, named with its display name.</li>
 *   <li><b>budget</b>: {@code threads} ({@code platform} or {@code virtual}, from the binding's
 *       {@link Contract#threads()} factory), {@code deadlineSeconds} ({@link Deadlines#DEFAULT})
 *       and the JUnit default timeout when one is configured.</li>
 *   <li><b>durationMs</b>: the sum of the property's tests, as measured here (each from before
 *       its {@code @BeforeEach} methods to after its {@code @AfterEach} methods).</li>
 * </ul>
 *
 * <p>The subject is {@link Contract#subject()}. The file is {@code <dir>/junit/<binding class
 * simple name>.jsonl}, {@code <dir>} being the configuration parameter or system property
 * {@value #RECORDS_DIR} (default {@code target/interlock-records}); it is replaced when the class
 * first finishes in a JVM, appended to if the class runs again there, and written under a lock
 * per file, so test classes may run in parallel. Nested classes record with their top-level class.
 */
public final class RecordingExtension implements BeforeEachCallback, TestWatcher, AfterAllCallback {

    /** The configuration parameter (or system property) naming the records directory. */
    public static final String RECORDS_DIR = "interlock.records.dir";

    private static final String DEFAULT_DIR = "target/interlock-records";
    private static final String TIMEOUT_DEFAULT = "junit.jupiter.execution.timeout.default";
    private static final Namespace NAMESPACE = Namespace.create(RecordingExtension.class);
    private static final String START = "startNanos";

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(START, System.nanoTime());
        context.getTestInstance().ifPresent(instance -> binding(context).learn(instance));
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        property(context).ifPresent(p -> binding(context).passed(p, testName(context), deviation(context), nanos(context)));
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        property(context).ifPresent(p -> binding(context).failed(p, testName(context), deviation(context), cause,
                nanos(context)));
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        property(context).ifPresent(p -> binding(context).skipped(p, testName(context),
                "aborted: " + TestTally.firstLine(cause), nanos(context)));
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        property(context).ifPresent(p -> binding(context).skipped(p, testName(context),
                "disabled: " + reason.orElse("no reason given"), 0));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!isTopLevelClass(context)) return; // nested classes record with their top-level class
        BindingRecords binding = binding(context);
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("threads", binding.threads());
        budget.put("deadlineSeconds", Deadlines.DEFAULT.toSeconds());
        context.getConfigurationParameter(TIMEOUT_DEFAULT).ifPresent(t -> budget.put("junitTimeoutDefault", t));
        Path dir = Path.of(context.getConfigurationParameter(RECORDS_DIR).orElse(DEFAULT_DIR));
        RecordFiles.replaceOnceThenAppend(dir.resolve("junit").resolve(binding.fileName()), binding.records(budget));
    }

    /** The tallies of the top-level test class {@code context} belongs to. */
    private static BindingRecords binding(ExtensionContext context) {
        ExtensionContext top = context;
        while (!isTopLevelClass(top)) top = top.getParent().orElseThrow();
        Class<?> bindingClass = top.getRequiredTestClass();
        return top.getStore(NAMESPACE).computeIfAbsent(BindingRecords.class, k -> new BindingRecords(bindingClass),
                BindingRecords.class);
    }

    /** A class context whose parent is the engine's root context. */
    private static boolean isTopLevelClass(ExtensionContext context) {
        return context.getParent().flatMap(ExtensionContext::getParent).isEmpty();
    }

    private static Optional<String> property(ExtensionContext context) {
        return propertyOf(context.getRequiredTestMethod());
    }

    /** The test method's {@link Property}, else its declaring class's, else none (not recorded). */
    static Optional<String> propertyOf(Method method) {
        Property property = method.getAnnotation(Property.class);
        if (property == null) property = method.getDeclaringClass().getAnnotation(Property.class);
        return Optional.ofNullable(property).map(Property::value);
    }

    private static String deviation(ExtensionContext context) {
        return deviationOf(context.getRequiredTestMethod());
    }

    /** The test method's {@link Deviation} row, or null. */
    static String deviationOf(Method method) {
        Deviation deviation = method.getAnnotation(Deviation.class);
        return deviation == null ? null : deviation.value();
    }

    /** The method name; for an invocation of a parameterized test, with its display name ("[1] ZERO"). */
    private static String testName(ExtensionContext context) {
        String method = context.getRequiredTestMethod().getName();
        boolean invocation = context.getParent().flatMap(ExtensionContext::getTestMethod).isPresent();
        return invocation ? method + " " + context.getDisplayName() : method;
    }

    private static long nanos(ExtensionContext context) {
        Long start = context.getStore(NAMESPACE).get(START, Long.class);
        return start == null ? 0 : System.nanoTime() - start;
    }
}
