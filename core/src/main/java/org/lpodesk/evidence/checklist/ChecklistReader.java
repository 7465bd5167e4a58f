package org.lpodesk.evidence.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.lpodesk.cases.CaseType;
import org.lpodesk.evidence.EvidenceMessages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a checklist file (the format is described at the top of the default
 * {@code org/lpodesk/evidence/checklists.xml}) and validates each checklist on its own: ids,
 * document types, case types, labels, and rules that name known items and can be met. Cross-checks
 * between checklists (one checklist per case type) are {@link Checklists}' job. DTDs and external
 * entities are refused: a firm's file is data, never a way to read the server's files.
 */
public final class ChecklistReader {

    /** A checklist as a file declares it, with how a firm's file combines it with the defaults. */
    public record Declared(Checklist checklist, boolean extend, boolean replaceRules) {
    }

    public List<Declared> read(InputStream in, String source) {
        Document document = parse(in, source);
        Element root = document.getDocumentElement();
        if (!"checklists".equals(root.getTagName())) {
            throw refused("file.root", source, root.getTagName());
        }
        List<Declared> declared = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element element : children(root, "checklist")) {
            String id = required(element, "id", source, "checklist");
            if (!ids.add(id)) {
                throw refused("checklist.duplicate", source, id);
            }
            Set<String> caseTypes = new LinkedHashSet<>(words(element.getAttribute("caseTypes")));
            for (String type : caseTypes) {
                if (!Checklist.ANY_CASE_TYPE.equals(type) && Arrays.stream(CaseType.values()).noneMatch(t -> t.name().equals(type))) {
                    throw refused("checklist.case-type", source, id, type);
                }
            }
            List<ChecklistItem> items = new ArrayList<>();
            for (Element item : children(element, "item")) {
                items.add(item(item, id, source));
            }
            List<Requirement> rules = new ArrayList<>();
            for (Element rulesElement : children(element, "rules")) {
                for (Element rule : elements(rulesElement)) {
                    rules.add(rule(rule, id, source));
                }
            }
            String label = element.hasAttribute("label") ? element.getAttribute("label") : null;
            declared.add(new Declared(new Checklist(id, label, caseTypes, items, rules),
                    "extend".equals(element.getAttribute("mode")), Boolean.parseBoolean(element.getAttribute("replaceRules"))));
        }
        return declared;
    }

    /**
     * Checks a whole checklist (after a firm's file extended it): unique item ids, known document
     * types, labels, and rules that name its items and can be met.
     */
    public static Checklist validate(Checklist checklist, String source) {
        String id = checklist.id();
        if (!checklist.caseTypes().isEmpty() && checklist.items().isEmpty()) {
            throw refused("checklist.empty", source, id);
        }
        Set<String> itemIds = new HashSet<>();
        for (ChecklistItem item : checklist.items()) {
            if (!itemIds.add(item.id())) {
                throw refused("item.duplicate", source, id, item.id());
            }
            if (item.satisfiedBy().isEmpty()) {
                throw refused("item.no-type", source, id, item.id());
            }
            for (String type : item.satisfiedBy()) {
                if (!EvidenceDocumentTypes.isKnown(type)) {
                    throw refused("item.unknown-type", source, id, item.id(), type, String.join(", ", EvidenceDocumentTypes.ALL));
                }
            }
            if (item.label() == null && EvidenceMessages.optional(Locale.ENGLISH, "checklist.item." + item.id()).isEmpty()) {
                throw refused("item.no-label", source, id, item.id());
            }
        }
        if (checklist.label() == null && EvidenceMessages.optional(Locale.ENGLISH, "checklist." + id).isEmpty()) {
            throw refused("checklist.no-label", source, id);
        }
        for (Requirement rule : checklist.rules()) {
            validateRule(rule, checklist, source);
        }
        return checklist;
    }

    private static void validateRule(Requirement rule, Checklist checklist, String source) {
        if (rule instanceof Requirement.Item item) {
            if (checklist.item(item.itemId()).isEmpty()) {
                throw refused("rule.unknown-item", source, checklist.id(), item.itemId(), "item");
            }
        } else if (rule instanceof Requirement.AtLeast atLeast) {
            for (String itemId : atLeast.itemIds()) {
                if (checklist.item(itemId).isEmpty()) {
                    throw refused("rule.unknown-item", source, checklist.id(), itemId, atLeast.id());
                }
            }
            if (new HashSet<>(atLeast.itemIds()).size() != atLeast.itemIds().size()) {
                throw refused("rule.repeated-item", source, checklist.id(), atLeast.id());
            }
            if (atLeast.count() < 1 || atLeast.count() > atLeast.itemIds().size()) {
                throw refused("rule.impossible", source, checklist.id(), atLeast.id(), atLeast.count(),
                        atLeast.itemIds().size());
            }
            groupLabel(atLeast.id(), atLeast.label(), checklist, source);
        } else if (rule instanceof Requirement.AnyOf anyOf) {
            if (anyOf.alternatives().size() < 2) {
                throw refused("rule.one-alternative", source, checklist.id(), anyOf.id());
            }
            groupLabel(anyOf.id(), anyOf.label(), checklist, source);
            anyOf.alternatives().forEach(r -> validateRule(r, checklist, source));
        } else if (rule instanceof Requirement.AllOf allOf) {
            if (allOf.parts().isEmpty()) {
                throw refused("rule.empty", source, checklist.id(), allOf.id());
            }
            groupLabel(allOf.id(), allOf.label(), checklist, source);
            allOf.parts().forEach(r -> validateRule(r, checklist, source));
        }
    }

    private static void groupLabel(String groupId, String label, Checklist checklist, String source) {
        if (label == null && EvidenceMessages.optional(Locale.ENGLISH, "checklist.group." + groupId).isEmpty()) {
            throw refused("rule.no-label", source, checklist.id(), groupId);
        }
    }

    private static ChecklistItem item(Element element, String checklist, String source) {
        String id = required(element, "id", source, checklist);
        return new ChecklistItem(id, element.hasAttribute("label") ? element.getAttribute("label") : null,
                element.hasAttribute("rule") ? element.getAttribute("rule") : null, element.getAttribute("citation"),
                Boolean.parseBoolean(element.getAttribute("required")), new LinkedHashSet<>(words(element.getAttribute("satisfiedBy"))),
                Boolean.parseBoolean(element.getAttribute("criterion")));
    }

    private static Requirement rule(Element element, String checklist, String source) {
        String label = element.hasAttribute("label") ? element.getAttribute("label") : null;
        String tag = element.getTagName();
        if ("item".equals(tag)) {
            return new Requirement.Item(required(element, "ref", source, checklist));
        }
        if ("atLeast".equals(tag)) {
            return new Requirement.AtLeast(required(element, "id", source, checklist), label,
                    count(element, checklist, source), words(element.getAttribute("items")));
        }
        if ("anyOf".equals(tag)) {
            return new Requirement.AnyOf(required(element, "id", source, checklist), label,
                    elements(element).stream().map(e -> rule(e, checklist, source)).toList());
        }
        if ("allOf".equals(tag)) {
            return new Requirement.AllOf(required(element, "id", source, checklist), label,
                    elements(element).stream().map(e -> rule(e, checklist, source)).toList());
        }
        throw refused("rule.unknown-element", source, checklist, tag);
    }

    private static int count(Element element, String checklist, String source) {
        try {
            return Integer.parseInt(element.getAttribute("count").trim());
        } catch (NumberFormatException notANumber) {
            throw refused("rule.count", source, checklist, element.getAttribute("id"), element.getAttribute("count"));
        }
    }

    private static String required(Element element, String attribute, String source, String where) {
        String value = element.getAttribute(attribute).trim();
        if (value.isEmpty()) {
            throw refused("attribute.missing", source, where, element.getTagName(), attribute);
        }
        return value;
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    private static List<Element> children(Element parent, String name) {
        return elements(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    private static List<Element> elements(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    private static Document parse(InputStream in, String source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // errors surface as the exception below, never printed to the server's console
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return builder.parse(in);
        } catch (SAXParseException malformed) {
            throw refused("file.malformed", source, malformed.getLineNumber(), malformed.getMessage());
        } catch (SAXException | IOException malformed) {
            throw refused("file.malformed", source, 0, malformed.getMessage());
        } catch (ParserConfigurationException setup) {
            throw new IllegalStateException(setup);
        }
    }

    static ChecklistDefinitionException refused(String key, Object... args) {
        return new ChecklistDefinitionException(EvidenceMessages.format("definition." + key, args));
    }
}
