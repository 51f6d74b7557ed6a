package dev.interlock.stress.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jcstress.infra.processors.JCStressTestProcessor;

/**
 * The generator in a real javac run, together with jcstress's own processor, as in a user's build:
 * what it generates, the names and the TestList jcstress derives from it, and the compile errors
 * a misused {@link StressTests} gets.
 */
class StressTestsProcessorTest {

    @TempDir
    Path dir;

    @Test
    void generatesOneJcstressTestPerPropertyOfTheKindAndJcstressListsThem() throws IOException {
        Result r = compile("""
                package demo;
                import dev.interlock.stress.kit.*;
                import dev.interlock.subjects.MutexSubject;
                class Factories {
                    @StressTests(subject = "Demo", kind = Kind.MUTEX)
                    static MutexSubject lock() { return null; }
                }
                """);
        assertTrue(r.ok(), r.errors());
        assertEquals(List.of("demo.Demo_01_MutualExclusion", "demo.Demo_02_ReleaseAcquireVisibility",
                "demo.Demo_03_BlockedAcquireWokenByRelease", "demo.Demo_04_InterruptedAcquireThrows",
                "demo.Demo_05_TryAcquireExcludes"), r.testList());
        String generated = Files.readString(dir.resolve("src-gen/demo/Demo_01_MutualExclusion.java"));
        assertTrue(generated.contains("@dev.interlock.stress.Expectation(subject = \"Demo\", property = \"mutual-exclusion\")"), generated);
        assertTrue(generated.contains("super(demo.Factories::lock);"), generated);
        assertTrue(generated.contains("while holding the same Demo."), "the description names the subject: " + generated);
    }

    @Test
    void everyKindCompilesWithAFactoryOfItsShape() throws IOException {
        Result r = compile("""
                package demo;
                import dev.interlock.stress.kit.*;
                import dev.interlock.subjects.*;
                class Factories {
                    @StressTests(subject = "L", kind = Kind.MUTEX) static MutexSubject l() { return null; }
                    @StressTests(subject = "R", kind = Kind.REENTRANT_MUTEX) static ReentrantMutexSubject r() { return null; }
                    @StressTests(subject = "S", kind = Kind.SEMAPHORE) static SemaphoreSubject s(int v) { return null; }
                    @StressTests(subject = "B", kind = Kind.BOUNDED_SEMAPHORE) static SemaphoreSubject b(int v) { return null; }
                    @StressTests(subject = "E", kind = Kind.EVENT) static EventSubject e() { return null; }
                    @StressTests(subject = "C", kind = Kind.CONDITION) static ConditionSubject c() { return null; }
                    @StressTests(subject = "P", kind = Kind.BARRIER) static BarrierSubject p(int parties, Runnable action) { return null; }
                }
                """);
        assertTrue(r.ok(), r.errors());
        int shapes = 0;
        for (Kind kind : Kind.values()) shapes += kind.shapes().size();
        assertEquals(shapes, r.testList().size());
    }

    @Test
    void excludedPropertiesAreLeftOutAndTheOthersKeepTheirNumbers() throws IOException {
        Result r = compile("""
                package demo;
                import dev.interlock.stress.kit.*;
                import dev.interlock.subjects.MutexSubject;
                class Factories {
                    @StressTests(subject = "Owned", kind = Kind.MUTEX, exclude = "blocked-acquire-woken-by-release")
                    static MutexSubject lock() { return null; }
                }
                """);
        assertTrue(r.ok(), r.errors());
        assertEquals(List.of("demo.Owned_01_MutualExclusion", "demo.Owned_02_ReleaseAcquireVisibility",
                "demo.Owned_04_InterruptedAcquireThrows", "demo.Owned_05_TryAcquireExcludes"), r.testList());
    }

    @Test
    void aFactoryThatDoesNotFitTheKindIsACompileErrorOnTheMethod() throws IOException {
        Result r = compile("""
                package demo;
                import dev.interlock.stress.kit.*;
                import dev.interlock.subjects.*;
                class Factories {
                    @StressTests(subject = "S", kind = Kind.SEMAPHORE) static SemaphoreSubject noValue() { return null; }
                    @StressTests(subject = "M", kind = Kind.MUTEX) static EventSubject wrongType() { return null; }
                    @StressTests(subject = "I", kind = Kind.MUTEX) MutexSubject notStatic() { return null; }
                    @StressTests(subject = "not-a-name", kind = Kind.MUTEX) static MutexSubject badName() { return null; }
                    @StressTests(subject = "X", kind = Kind.MUTEX, exclude = "no-such-property") static MutexSubject badExclude() { return null; }
                }
                """);
        assertFalse(r.ok());
        String errors = r.errors();
        assertTrue(errors.contains("kind SEMAPHORE needs a factory with parameters (int), not ()"), errors);
        assertTrue(errors.contains("kind MUTEX needs a factory that returns a dev.interlock.subjects.MutexSubject"), errors);
        assertTrue(errors.contains("the factory must be static and not private"), errors);
        assertTrue(errors.contains("subject \"not-a-name\" must be a Java identifier"), errors);
        assertTrue(errors.contains("exclude names [no-such-property], which are not properties of MUTEX"), errors);
    }

    @Test
    void everyShapeIsMarkedAndNoKindTestsAPropertyTwice() {
        for (Kind kind : Kind.values()) {
            Set<String> properties = new HashSet<>();
            for (Class<?> shape : kind.shapes()) {
                Shape meta = shape.getAnnotation(Shape.class);
                assertTrue(meta != null, shape + " has no @Shape");
                assertTrue(properties.add(meta.property()), kind + " tests " + meta.property() + " twice");
            }
        }
    }

    private record Result(boolean ok, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes) {
        String errors() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
        }

        /** The tests jcstress's processor listed, by name, in file order. */
        List<String> testList() throws IOException {
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(classes.resolve("META-INF/TestList"))) {
                if (!line.startsWith("JCTEST")) continue;
                int length = line.indexOf('S', 6);
                int n = Integer.parseInt(line.substring(6, length));
                names.add(line.substring(length + 1, length + 1 + n));
            }
            return names;
        }
    }

    /** Compiles {@code source} with both processors, as a user's build does. */
    private Result compile(String source) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/demo"));
        Path file = Files.writeString(src.resolve("Factories.java"), source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path generated = Files.createDirectories(dir.resolve("src-gen"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                    "-s", generated.toString(), "-proc:full", "--release", "17");
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(file));
            task.setProcessors(List.of(new StressTestsProcessor(), new JCStressTestProcessor()));
            return new Result(task.call(), diagnostics.getDiagnostics(), classes);
        }
    }
}
