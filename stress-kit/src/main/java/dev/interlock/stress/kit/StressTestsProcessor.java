package dev.interlock.stress.kit;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Signal;

/**
 * Writes the jcstress tests that {@link StressTests} asks for. For each property ({@link Shape})
 * of the kind it generates, in the factory's package, a public class {@code
 * <subject>_<NN>_<Name>} that extends the shape, passes the factory to it, re-declares the shape's
 * {@code @Actor}/{@code @Arbiter}/{@code @Signal} methods (jcstress reads only a test's own
 * methods), inherits the outcomes from the shape ({@code @Outcome} is {@code @Inherited}), has
 * its own {@code @Description} with the subject's name, and carries {@link
 * dev.interlock.stress.Expectation}. jcstress's own processor picks the new classes up in the
 * next round and generates their runners and {@code META-INF/TestList}.
 *
 * <p>Runs when javac runs annotation processors: on JDK 23+ only if asked, with {@code
 * -proc:full} (then it is found on the class path, like jcstress's) or by naming it.
 */
@SupportedAnnotationTypes("dev.interlock.stress.kit.StressTests")
public final class StressTestsProcessor extends AbstractProcessor {

    private static final List<Class<?>> METHOD_ANNOTATIONS = List.of(Actor.class, Arbiter.class, Signal.class);

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(StressTests.class)) {
            ExecutableElement factory = (ExecutableElement) element;
            try {
                generate(factory, factory.getAnnotation(StressTests.class));
            } catch (Invalid | IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "@StressTests: " + e.getMessage(), factory);
            }
        }
        return true;
    }

    private void generate(ExecutableElement factory, StressTests spec) throws IOException {
        Kind kind = spec.kind();
        check(factory, spec, kind);
        TypeElement owner = (TypeElement) factory.getEnclosingElement();
        String pkg = processingEnv.getElementUtils().getPackageOf(owner).getQualifiedName().toString();
        String reference = owner.getQualifiedName() + "::" + factory.getSimpleName();
        Set<String> excluded = new LinkedHashSet<>(List.of(spec.exclude()));
        int number = 0;
        for (Class<?> shapeClass : kind.shapes()) {
            number++;
            TypeElement shape = processingEnv.getElementUtils().getTypeElement(shapeClass.getCanonicalName());
            Shape meta = shape.getAnnotation(Shape.class);
            if (excluded.remove(meta.property())) continue;
            String name = String.format("%s_%02d_%s", spec.subject(), number, meta.name());
            write(pkg, name, shape, meta, spec.subject(), reference, owner);
        }
        if (!excluded.isEmpty()) {
            throw new Invalid("exclude names " + excluded + ", which are not properties of " + kind + ": " + properties(kind));
        }
    }

    private void check(ExecutableElement factory, StressTests spec, Kind kind) {
        if (!SourceVersion.isIdentifier(spec.subject()) || SourceVersion.isKeyword(spec.subject())) {
            throw new Invalid("subject \"" + spec.subject() + "\" must be a Java identifier: it starts the test names");
        }
        if (!factory.getModifiers().contains(Modifier.STATIC) || factory.getModifiers().contains(Modifier.PRIVATE)) {
            throw new Invalid("the factory must be static and not private: the generated tests call it");
        }
        for (Element e = factory.getEnclosingElement(); e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) throw new Invalid(e + " must not be private");
            if (e.getEnclosingElement().getKind() != ElementKind.PACKAGE && !e.getModifiers().contains(Modifier.STATIC)) {
                throw new Invalid(e + " must be static: the generated tests call the factory from outside");
            }
        }
        TypeElement subject = processingEnv.getElementUtils().getTypeElement(kind.subject().getCanonicalName());
        if (!processingEnv.getTypeUtils().isAssignable(factory.getReturnType(), subject.asType())) {
            throw new Invalid("kind " + kind + " needs a factory that returns a " + kind.subject().getName()
                    + ", not " + factory.getReturnType());
        }
        List<String> expected = kind.parameters().stream().map(Class::getCanonicalName).toList();
        List<String> actual = new ArrayList<>();
        for (VariableElement p : factory.getParameters()) {
            actual.add(processingEnv.getTypeUtils().erasure(p.asType()).toString());
        }
        if (!expected.equals(actual)) {
            throw new Invalid("kind " + kind + " needs a factory with parameters (" + String.join(", ", expected)
                    + "), not (" + String.join(", ", actual) + ")");
        }
    }

    private void write(String pkg, String name, TypeElement shape, Shape meta, String subject, String reference,
                       TypeElement owner) throws IOException {
        String qualified = pkg.isEmpty() ? name : pkg + "." + name;
        String description = shape.getAnnotation(Description.class).value().replace("{subject}", subject);
        try (PrintWriter out = new PrintWriter(processingEnv.getFiler().createSourceFile(qualified, owner).openWriter())) {
            if (!pkg.isEmpty()) out.printf("package %s;%n%n", pkg);
            out.printf("/** %s of %s: the jcstress shape {@link %s}, bound to {@code %s}. Generated by @StressTests. */%n",
                    meta.property(), subject, shape.getQualifiedName(), reference.replace("::", "."));
            out.printf("@javax.annotation.processing.Generated(\"%s\")%n", getClass().getName());
            out.printf("@org.openjdk.jcstress.annotations.JCStressTest(org.openjdk.jcstress.annotations.Mode.%s)%n", meta.mode().name());
            out.printf("@org.openjdk.jcstress.annotations.Description(\"%s\")%n", escape(description));
            out.printf("@org.openjdk.jcstress.annotations.State%n");
            out.printf("@dev.interlock.stress.Expectation(subject = \"%s\", property = \"%s\")%n", subject, escape(meta.property()));
            out.printf("public class %s extends %s {%n", name, shape.getQualifiedName());
            out.printf("    public %s() {%n        super(%s);%n    }%n", name, reference);
            for (ExecutableElement method : ElementFilter.methodsIn(shape.getEnclosedElements())) {
                String annotation = jcstressAnnotationOf(method);
                if (annotation == null) continue;
                List<String> parameters = new ArrayList<>();
                List<String> arguments = new ArrayList<>();
                for (VariableElement p : method.getParameters()) {
                    parameters.add(p.asType() + " " + p.getSimpleName());
                    arguments.add(p.getSimpleName().toString());
                }
                out.printf("%n    @Override%n    @%s%n    public void %s(%s) {%n        super.%s(%s);%n    }%n", annotation,
                        method.getSimpleName(), String.join(", ", parameters), method.getSimpleName(), String.join(", ", arguments));
            }
            out.printf("}%n");
        }
    }

    /** The qualified name of the jcstress method annotation on {@code method}, or null. */
    private static String jcstressAnnotationOf(ExecutableElement method) {
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            String type = mirror.getAnnotationType().toString();
            for (Class<?> a : METHOD_ANNOTATIONS) {
                if (a.getCanonicalName().equals(type)) return type;
            }
        }
        return null;
    }

    private List<String> properties(Kind kind) {
        List<String> ids = new ArrayList<>();
        for (Class<?> s : kind.shapes()) {
            ids.add(processingEnv.getElementUtils().getTypeElement(s.getCanonicalName()).getAnnotation(Shape.class).property());
        }
        return ids;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** A misuse of {@link StressTests}, reported as a compile error on the factory method. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }
}
