package org.lpodesk.cmis.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.lpodesk.cmis.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads an Alfresco content model XML (dictionary schema 1.0) generically: whatever types,
 * aspects, properties and constraints it declares. Nothing about the {@code imm} model is
 * assumed here.
 */
public final class ContentModelReader {

    public ContentModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ModelException(Messages.get("model.unreadable", file, e.getMessage()), e);
        }
    }

    public ContentModel read(InputStream in, String source) {
        Document doc = parse(in, source);
        Element root = doc.getDocumentElement();
        if (!"model".equals(root.getLocalName())) {
            throw new ModelException(Messages.get("model.notAModel", source, root.getLocalName()));
        }
        Map<String, String> namespaces = new LinkedHashMap<>();
        List<String> defined = new ArrayList<>();
        for (Element ns : children(child(root, "imports"), "import")) {
            namespaces.put(ns.getAttribute("prefix"), ns.getAttribute("uri"));
        }
        for (Element ns : children(child(root, "namespaces"), "namespace")) {
            namespaces.put(ns.getAttribute("prefix"), ns.getAttribute("uri"));
            defined.add(ns.getAttribute("prefix"));
        }
        Map<String, Constraint> named = new HashMap<>();
        for (Element c : children(child(root, "constraints"), "constraint")) {
            Constraint constraint = constraint(c, source);
            named.put(constraint.name(), constraint);
        }
        List<ClassDef> classes = new ArrayList<>();
        for (Element t : children(child(root, "types"), "type")) {
            classes.add(classDef(t, ClassDef.Kind.TYPE, named, source));
        }
        for (Element a : children(child(root, "aspects"), "aspect")) {
            classes.add(classDef(a, ClassDef.Kind.ASPECT, named, source));
        }
        return new ContentModel(root.getAttribute("name"), text(root, "description"), namespaces, defined,
                classes);
    }

    private ClassDef classDef(Element e, ClassDef.Kind kind, Map<String, Constraint> named, String source) {
        String name = e.getAttribute("name");
        List<PropertyDef> properties = new ArrayList<>();
        for (Element p : children(child(e, "properties"), "property")) {
            properties.add(property(p, named, source));
        }
        List<AssociationDef> associations = new ArrayList<>();
        Element assocs = child(e, "associations");
        if (assocs != null) {
            for (Element a : elements(assocs)) {
                boolean isChild = "child-association".equals(a.getLocalName());
                if (!isChild && !"association".equals(a.getLocalName())) {
                    continue;
                }
                Element target = child(a, "target");
                associations.add(new AssociationDef(a.getAttribute("name"), text(a, "title"),
                        text(a, "description"), isChild, name, target == null ? null : text(target, "class")));
            }
        }
        List<String> mandatoryAspects = new ArrayList<>();
        for (Element aspect : children(child(e, "mandatory-aspects"), "aspect")) {
            mandatoryAspects.add(aspect.getTextContent().trim());
        }
        String included = text(e, "includedInSuperTypeQuery");
        return new ClassDef(name, kind, text(e, "title"), text(e, "description"), text(e, "parent"),
                properties, associations, mandatoryAspects, included == null || Boolean.parseBoolean(included));
    }

    private PropertyDef property(Element p, Map<String, Constraint> named, String source) {
        String name = p.getAttribute("name");
        Element mandatory = child(p, "mandatory");
        Element index = child(p, "index");
        boolean indexed = index == null || !"false".equalsIgnoreCase(index.getAttribute("enabled"));
        String tokenised = index == null ? null : text(index, "tokenised");
        return new PropertyDef(name, text(p, "title"), text(p, "description"), text(p, "type"),
                mandatory != null && Boolean.parseBoolean(mandatory.getTextContent().trim()),
                mandatory != null && Boolean.parseBoolean(mandatory.getAttribute("enforced")),
                Boolean.parseBoolean(text(p, "multiple")),
                Boolean.parseBoolean(text(p, "protected")),
                indexed,
                tokenised == null ? "TRUE" : tokenised.toUpperCase(java.util.Locale.ROOT),
                text(p, "default"),
                constraints(child(p, "constraints"), named, name, source));
    }

    private List<Constraint> constraints(Element container, Map<String, Constraint> named, String owner,
            String source) {
        List<Constraint> result = new ArrayList<>();
        for (Element c : children(container, "constraint")) {
            String ref = c.getAttribute("ref");
            if (!ref.isEmpty()) {
                Constraint target = named.get(ref);
                if (target == null) {
                    throw new ModelException(Messages.get("model.unknownConstraint", source, owner, ref));
                }
                result.add(target);
            } else {
                result.add(constraint(c, source));
            }
        }
        return result;
    }

    private Constraint constraint(Element c, String source) {
        String name = c.getAttribute("name").isEmpty() ? null : c.getAttribute("name");
        String type = c.getAttribute("type");
        Map<String, Element> params = new HashMap<>();
        for (Element param : children(c, "parameter")) {
            params.put(param.getAttribute("name"), param);
        }
        switch (type) {
            case "LIST": {
                List<String> values = new ArrayList<>();
                Element list = params.containsKey("allowedValues") ? child(params.get("allowedValues"), "list")
                        : null;
                for (Element v : children(list, "value")) {
                    values.add(v.getTextContent().trim());
                }
                String caseSensitive = paramValue(params, "caseSensitive");
                return new Constraint.AllowedValues(name, values,
                        caseSensitive == null || Boolean.parseBoolean(caseSensitive));
            }
            case "REGEX": {
                String expression = paramValue(params, "expression");
                if (expression == null) {
                    throw new ModelException(Messages.get("model.regexWithoutExpression", source, name));
                }
                String requiresMatch = paramValue(params, "requiresMatch");
                return new Constraint.Regex(name, expression,
                        requiresMatch == null || Boolean.parseBoolean(requiresMatch));
            }
            case "LENGTH": {
                String min = paramValue(params, "minLength");
                String max = paramValue(params, "maxLength");
                return new Constraint.Length(name, min == null ? 0 : Integer.parseInt(min),
                        max == null ? Integer.MAX_VALUE : Integer.parseInt(max));
            }
            case "MINMAX": {
                String min = paramValue(params, "minValue");
                String max = paramValue(params, "maxValue");
                return new Constraint.MinMax(name, min == null ? Double.NEGATIVE_INFINITY : Double.parseDouble(min),
                        max == null ? Double.POSITIVE_INFINITY : Double.parseDouble(max));
            }
            default:
                return new Constraint.Other(name, type);
        }
    }

    private static String paramValue(Map<String, Element> params, String name) {
        Element p = params.get(name);
        return p == null ? null : text(p, "value");
    }

    private static Document parse(InputStream in, String source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // a model file never needs a DTD or an external entity
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in, source);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ModelException(Messages.get("model.unreadable", source, e.getMessage()), e);
        }
    }

    private static List<Element> elements(Element parent) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    private static List<Element> children(Element parent, String localName) {
        return elements(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element parent, String localName) {
        Element e = child(parent, localName);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().trim();
        return t.isEmpty() ? null : t;
    }
}
