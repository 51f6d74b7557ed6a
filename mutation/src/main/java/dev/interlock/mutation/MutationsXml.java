package dev.interlock.mutation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads PIT's XML report: one {@code <mutation status="...">} element per mutant. */
final class MutationsXml {
    private MutationsXml() {
    }

    static List<Mutant> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("no PIT report at " + file + ": did PIT run?");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList nodes = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("mutation");
            List<Mutant> mutants = new ArrayList<>(nodes.getLength());
            for (int i = 0; i < nodes.getLength(); i++) mutants.add(mutant((Element) nodes.item(i)));
            return mutants;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("unreadable PIT report " + file + ": " + e.getMessage(), e);
        }
    }

    private static Mutant mutant(Element e) {
        return new Mutant(
                Mutant.Status.of(e.getAttribute("status")),
                text(e, "mutatedClass"),
                text(e, "mutatedMethod"),
                Integer.parseInt(text(e, "lineNumber")),
                Mutant.simpleName(text(e, "mutator")),
                text(e, "description"));
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        if (nodes.getLength() == 0) throw new IllegalArgumentException("a <mutation> without <" + tag + ">");
        return nodes.item(0).getTextContent().trim();
    }
}
