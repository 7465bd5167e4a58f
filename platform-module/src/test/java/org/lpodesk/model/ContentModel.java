package org.lpodesk.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An Alfresco content model file read with the JDK's DOM, reduced to what the tests check.
 * Names are kept as written (prefixed, e.g. {@code imm:caseNumber}).
 */
final class ContentModel {

    static final String DICTIONARY_NS = "http://www.alfresco.org/model/dictionary/1.0";
    static final String IMMIGRATION_MODEL = "alfresco/module/lpodesk-platform/model/immigration-model.xml";

    record Constraint(String name, String type, Map<String, List<String>> parameters) {
        List<String> parameter(String parameterName) {
            return parameters.getOrDefault(parameterName, List.of());
        }
    }

    record Property(String name, String owner, String title, String description, String dataType, boolean mandatory,
                    boolean enforced, boolean protectedValue, boolean multiple, String defaultValue, boolean indexEnabled,
                    String tokenised, List<String> constraintRefs, int inlineConstraints) {
    }

    record Association(String name, String owner, String title, boolean child, String targetClass) {
    }

    record ModelClass(String name, String kind, String title, String description, String parent,
                      List<String> propertyNames, List<String> associationNames, List<String> mandatoryAspects) {
    }

    final Document document;
    final String name;
    final Map<String, String> imports = new LinkedHashMap<>();
    final Map<String, String> namespaces = new LinkedHashMap<>();
    final Map<String, Constraint> constraints = new LinkedHashMap<>();
    final Map<String, ModelClass> types = new LinkedHashMap<>();
    final Map<String, ModelClass> aspects = new LinkedHashMap<>();
    final Map<String, Property> properties = new LinkedHashMap<>();
    final Map<String, Association> associations = new LinkedHashMap<>();
    /** Every name the model defines, in document order, with duplicates kept (for the duplicate check). */
    final List<String> definedNames = new ArrayList<>();

    private ContentModel(Document document) {
        this.document = document;
        Element root = document.getDocumentElement();
        this.name = root.getAttribute("name");
        for (Element e : descendants(root, "import")) {
            imports.put(e.getAttribute("prefix"), e.getAttribute("uri"));
        }
        for (Element e : descendants(child(root, "namespaces").orElseThrow(), "namespace")) {
            namespaces.put(e.getAttribute("prefix"), e.getAttribute("uri"));
        }
        child(root, "constraints").ifPresent(list -> children(list, "constraint").forEach(c -> {
            Constraint constraint = readConstraint(c);
            definedNames.add(constraint.name());
            constraints.put(constraint.name(), constraint);
        }));
        child(root, "types").ifPresent(list -> children(list, "type").forEach(t -> readClass(t, "type", types)));
        child(root, "aspects").ifPresent(list -> children(list, "aspect").forEach(a -> readClass(a, "aspect", aspects)));
    }

    static ContentModel load(String classpathResource) {
        try (InputStream in = ContentModel.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + classpathResource);
            }
            return new ContentModel(parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContentModel immigration() {
        return load(IMMIGRATION_MODEL);
    }

    static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("model is not well-formed XML: " + e.getMessage(), e);
        }
    }

    Map<String, ModelClass> classes() {
        Map<String, ModelClass> all = new LinkedHashMap<>(types);
        all.putAll(aspects);
        return all;
    }

    /** The property names of a class and of its ancestors defined in this model. */
    List<String> propertiesIncludingInherited(String className) {
        List<String> result = new ArrayList<>();
        for (ModelClass c = classes().get(className); c != null; c = classes().get(c.parent())) {
            result.addAll(c.propertyNames());
        }
        return result;
    }

    private void readClass(Element element, String kind, Map<String, ModelClass> into) {
        String className = element.getAttribute("name");
        definedNames.add(className);
        List<String> propertyNames = new ArrayList<>();
        child(element, "properties").ifPresent(list -> children(list, "property").forEach(p -> {
            Property property = readProperty(p, className);
            definedNames.add(property.name());
            properties.put(property.name(), property);
            propertyNames.add(property.name());
        }));
        List<String> associationNames = new ArrayList<>();
        child(element, "associations").ifPresent(list -> {
            for (Element a : children(list, null)) {
                String associationName = a.getAttribute("name");
                Element target = child(a, "target").orElseThrow();
                definedNames.add(associationName);
                associations.put(associationName, new Association(associationName, className, text(a, "title"),
                        a.getLocalName().equals("child-association"), text(target, "class")));
                associationNames.add(associationName);
            }
        });
        List<String> mandatoryAspects = child(element, "mandatory-aspects")
                .map(list -> children(list, "aspect").stream().map(e -> e.getTextContent().trim()).toList())
                .orElse(List.of());
        into.put(className, new ModelClass(className, kind, text(element, "title"), text(element, "description"),
                text(element, "parent"), List.copyOf(propertyNames), List.copyOf(associationNames), mandatoryAspects));
    }

    private static Property readProperty(Element p, String owner) {
        Optional<Element> mandatory = child(p, "mandatory");
        Optional<Element> index = child(p, "index");
        List<String> refs = new ArrayList<>();
        int inline = 0;
        Optional<Element> constraintList = child(p, "constraints");
        if (constraintList.isPresent()) {
            for (Element c : children(constraintList.get(), "constraint")) {
                if (c.hasAttribute("ref")) {
                    refs.add(c.getAttribute("ref"));
                } else {
                    inline++;
                }
            }
        }
        return new Property(p.getAttribute("name"), owner, text(p, "title"), text(p, "description"), text(p, "type"),
                mandatory.map(m -> Boolean.parseBoolean(m.getTextContent().trim())).orElse(false),
                mandatory.map(m -> Boolean.parseBoolean(m.getAttribute("enforced"))).orElse(false),
                Boolean.parseBoolean(text(p, "protected")), Boolean.parseBoolean(text(p, "multiple")),
                text(p, "default"),
                index.map(i -> Boolean.parseBoolean(i.getAttribute("enabled"))).orElse(true),
                index.map(i -> text(i, "tokenised")).orElse(null), List.copyOf(refs), inline);
    }

    private static Constraint readConstraint(Element c) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (Element parameter : children(c, "parameter")) {
            List<String> values = new ArrayList<>();
            Optional<Element> list = child(parameter, "list");
            if (list.isPresent()) {
                children(list.get(), "value").forEach(v -> values.add(v.getTextContent()));
            } else {
                child(parameter, "value").ifPresent(v -> values.add(v.getTextContent()));
            }
            parameters.put(parameter.getAttribute("name"), List.copyOf(values));
        }
        return new Constraint(c.getAttribute("name"), c.getAttribute("type"), parameters);
    }

    /** Child elements in the dictionary namespace; all of them when {@code localName} is null. */
    static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DICTIONARY_NS.equals(e.getNamespaceURI())
                    && (localName == null || localName.equals(e.getLocalName()))) {
                result.add(e);
            }
        }
        return result;
    }

    static Optional<Element> child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        if (found.size() > 1) {
            throw new IllegalStateException("<" + parent.getLocalName() + " name=\"" + parent.getAttribute("name")
                    + "\"> has " + found.size() + " <" + localName + "> elements");
        }
        return found.stream().findFirst();
    }

    private static String text(Element parent, String localName) {
        return child(parent, localName).map(e -> e.getTextContent().trim()).orElse(null);
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> result = new ArrayList<>();
        var nodes = root.getElementsByTagNameNS(DICTIONARY_NS, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }
}
