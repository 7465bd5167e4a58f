package org.lpodesk.share;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Namespace-blind DOM helpers: Alfresco's config and model files are matched by local name. */
final class Xml {

    private Xml() {
    }

    static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(file.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("Cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    static String localName(Node node) {
        String name = node.getNodeName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && localName(e).equals(localName)) {
                result.add(e);
            }
        }
        return result;
    }

    static Optional<Element> child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Elements named {@code leaf} directly inside a direct child named {@code container}. */
    static List<Element> descendants(Element parent, String container, String leaf) {
        List<Element> result = new ArrayList<>();
        for (Element c : children(parent, container)) {
            result.addAll(children(c, leaf));
        }
        return result;
    }

    /** Every element below (and including) root whose local name matches. */
    static List<Element> all(Element root, String localName) {
        List<Element> result = new ArrayList<>();
        collect(root, localName, result);
        return result;
    }

    private static void collect(Element element, String localName, List<Element> result) {
        if (localName(element).equals(localName)) {
            result.add(element);
        }
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                collect(e, localName, result);
            }
        }
    }

    static Optional<String> text(Element parent, String localName) {
        return child(parent, localName).map(e -> e.getTextContent().trim());
    }
}
