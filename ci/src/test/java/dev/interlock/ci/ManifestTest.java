package dev.interlock.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest is validated on load, and every problem is reported at once with its file. */
class ManifestTest {

    @TempDir
    Path root;

    @Test
    void aWellFormedManifestLoadsEveryCell() {
        Fixture f = new Fixture(root);
        Manifest m = Manifest.load(f.manifest(), Set.of("D1", "D16"));
        assertEquals(6, m.cells().size());
        assertEquals("variant", m.subjects().get("RacyLock").role());
    }

    @Test
    void unknownNamesMissingReasonsAndDuplicatesAreAllReported() {
        Fixture f = new Fixture(root);
        f.write("ci/expectations/bad.yaml", """
                subjects:
                  Broken: {role: variant}
                  Odd: {role: sibling, colour: blue}
                cells:
                  - subject: Lock
                    property: mutual-exclusion
                    jcstress: holds
                  - subject: Ghost
                    property: levitation
                    junit: holds
                  - subject: Lock
                    property: mutual-exclusion
                    lincheck-typo: holds
                    lincheck-general: {expect: not-applicable}
                  - subject: ReentrantLock
                    property: non-owner-release
                    lincheck-general: {expect: deviates, deviation: D99}
                    lincheck-stress: {expect: maybe}
                    jcstress: {expect: holds, when: {arch: sparc, jdk: "~17"}}
                """);
        ManifestException e = assertThrows(ManifestException.class, () -> Manifest.load(f.manifest(), Set.of("D1", "D16")));
        List<String> p = e.problems();
        assertHas(p, "bad.yaml: subject Broken is broken: say what is wrong (bug)");
        assertHas(p, "subject Odd needs a role");
        assertHas(p, "unknown key colour in subject Odd");
        assertHas(p, "Lock × mutual-exclusion × jcstress): declared twice (also in");
        assertHas(p, "unknown subject Ghost");
        assertHas(p, "unknown property levitation");
        assertHas(p, "unknown engine lincheck-typo");
        assertHas(p, "a not-applicable cell gives its reason");
        assertHas(p, "deviation D99 is not a row of the deviations table");
        assertHas(p, "unknown expectation maybe");
        assertHas(p, "when.arch must be amd64 or aarch64");
        assertHas(p, "when.jdk must look like");
        assertEquals(InterlockReport.BAD_INPUT, InterlockReport.run("generate", "--root=" + root,
                "--manifest=" + f.manifest(), "--out=" + root.resolve("out"), "--engines=jcstress", "--interlock-version=1"));
    }

    private static void assertHas(List<String> problems, String fragment) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)),
                () -> "no problem mentions \"" + fragment + "\" in:\n  " + String.join("\n  ", problems));
    }
}
