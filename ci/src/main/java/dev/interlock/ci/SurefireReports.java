package dev.interlock.ci;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The JUnit XML reports Surefire wrote in this build ({@code <module>/target/surefire-reports/TEST-*.xml}):
 * how many tests ran, failed and were skipped per module, and every failing test. Skipped tests
 * are counted and shown, never counted as passing.
 */
public final class SurefireReports {

    private SurefireReports() {
    }

    /**
     * One module's totals.
     *
     * @param module   the module directory name
     * @param tests    test cases run (including failed and skipped)
     * @param failures failed or errored test cases
     * @param skipped  skipped test cases
     * @param seconds  the sum of the test suites' times
     */
    public record ModuleTotals(String module, int tests, int failures, int skipped, double seconds) {
    }

    /**
     * One failing test case.
     *
     * @param module    the module directory name
     * @param className the test class
     * @param test      the test name
     * @param message   the failure message (first line)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Failure(String module, String className, String test, String message) {
    }

    /**
     * Everything read.
     *
     * @param modules  totals per module, in module order
     * @param failures every failing test case
     */
    public record Summary(List<ModuleTotals> modules, List<Failure> failures) {
    }

    /** Reads the reports of every module under {@code root}. */
    public static Summary read(Path root) {
        Map<String, double[]> totals = new TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        DocumentBuilder xml = parser();
        for (Path f : reportFiles(root)) {
            String module = root.relativize(f).getName(0).toString();
            Document doc;
            try {
                doc = xml.parse(f.toFile());
            } catch (SAXException | IOException e) {
                failures.add(new Failure(module, f.getFileName().toString(), "(report)", "unreadable JUnit XML: " + e));
                continue;
            }
            double[] t = totals.computeIfAbsent(module, m -> new double[4]);
            Element suite = doc.getDocumentElement();
            t[3] += parseDouble(suite.getAttribute("time"));
            NodeList cases = suite.getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                t[0]++;
                if (has(c, "skipped")) t[2]++;
                Element bad = first(c, "failure");
                if (bad == null) bad = first(c, "error");
                if (bad != null) {
                    t[1]++;
                    failures.add(new Failure(module, c.getAttribute("classname"), c.getAttribute("name"),
                            firstLine(bad.getAttribute("message"))));
                }
            }
        }
        List<ModuleTotals> modules = new ArrayList<>();
        totals.forEach((m, t) -> modules.add(new ModuleTotals(m, (int) t[0], (int) t[1], (int) t[2],
                Math.round(t[3] * 10) / 10.0)));
        return new Summary(modules, failures);
    }

    private static List<Path> reportFiles(Path root) {
        try (Stream<Path> s = Files.walk(root, 4)) {
            return s.filter(p -> p.getFileName().toString().startsWith("TEST-") && p.toString().endsWith(".xml"))
                    .filter(p -> p.getParent().getFileName().toString().equals("surefire-reports"))
                    .filter(p -> !p.startsWith(root.resolve(".git")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + root + " for JUnit XML reports", e);
        }
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean has(Element e, String tag) {
        return first(e, tag) != null;
    }

    private static Element first(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static double parseDouble(String s) {
        try {
            return s.isBlank() ? 0 : Double.parseDouble(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) return null;
        String line = s.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
