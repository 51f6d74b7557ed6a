package dev.interlock.conformance.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interlock.conformance.BarrierContract;
import dev.interlock.conformance.BoundedSemaphoreContract;
import dev.interlock.conformance.ConditionContract;
import dev.interlock.conformance.EventContract;
import dev.interlock.conformance.LockContract;
import dev.interlock.conformance.RLockContract;
import dev.interlock.conformance.UnboundedSemaphoreContract;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Every test of every contract records under a property, and the records of our primitives stay
 * comparable with the manifest: property ids are kebab-case, and the tests of one property cite
 * at most one deviation row, so that a record never carries a joined "D1+D3".
 */
class ContractPropertiesTest {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @ParameterizedTest
    @ValueSource(classes = {LockContract.class, RLockContract.class, ConditionContract.class, EventContract.class,
            UnboundedSemaphoreContract.class, BoundedSemaphoreContract.class, BarrierContract.class})
    void everyTestHasAKebabCasePropertyAndEachPropertyCitesAtMostOneDeviationRow(Class<?> contract) {
        List<Method> tests = testsOf(contract);
        assertFalse(tests.isEmpty(), "no tests found in " + contract.getSimpleName());
        Map<String, Set<String>> rowsByProperty = new TreeMap<>();
        for (Method test : tests) {
            String name = test.getDeclaringClass().getSimpleName() + "." + test.getName();
            String property = RecordingExtension.propertyOf(test).orElse(null);
            assertNotNull(property, name + " has no @Property: it would not be recorded");
            assertTrue(KEBAB.matcher(property).matches(), name + ": property id not kebab-case: " + property);
            Set<String> rows = rowsByProperty.computeIfAbsent(property, p -> new TreeSet<>());
            String row = RecordingExtension.deviationOf(test);
            if (row != null) rows.add(row);
        }
        rowsByProperty.forEach((property, rows) -> assertTrue(rows.size() <= 1,
                contract.getSimpleName() + ": the tests of " + property + " cite several rows " + rows));
    }

    /** The test methods a binding of {@code contract} runs: declared in it or a superclass. */
    private static List<Method> testsOf(Class<?> contract) {
        List<Method> tests = new ArrayList<>();
        for (Class<?> c = contract; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (AnnotationSupport.isAnnotated(m, Testable.class)) tests.add(m);
            }
        }
        return tests;
    }
}
