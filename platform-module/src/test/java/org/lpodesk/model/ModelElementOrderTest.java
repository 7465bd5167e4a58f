package org.lpodesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Alfresco reads a model with JiBX, which takes a type's and a property's elements only in the
 * order of its model schema (modelSchema.xsd): anything else stops the repository at boot with
 * "Expected ... end tag, found ... start tag" (found live: immwf:intakeTask's associations after
 * its overrides). Every class and property of both models keeps that order.
 */
class ModelElementOrderTest {

    /** modelSchema.xsd, complexType "class" (TextualDescription first). */
    private static final List<String> CLASS_ORDER = List.of("title", "description", "parent", "archive",
            "includedInSuperTypeQuery", "properties", "associations", "overrides", "mandatory-aspects");
    /** modelSchema.xsd, complexType "property". */
    private static final List<String> PROPERTY_ORDER = List.of("title", "description", "type", "protected", "mandatory",
            "multiple", "default", "index", "constraints", "encrypted");

    @ParameterizedTest
    @ValueSource(strings = {"alfresco/module/lpodesk-platform/model/immigration-model.xml",
            "alfresco/module/lpodesk-platform/model/workflow-model.xml"})
    void everyClassAndPropertyKeepsTheSchemasOrder(String model) {
        List<String> problems = new ArrayList<>();
        Element root = ContentModel.load(model).document.getDocumentElement();
        int classes = 0;
        for (String kind : List.of("type", "aspect")) {
            NodeList found = root.getElementsByTagNameNS(ContentModel.DICTIONARY_NS, kind);
            for (int i = 0; i < found.getLength(); i++) {
                Element c = (Element) found.item(i);
                if (!c.hasAttribute("name")) {
                    continue; // <type> inside a property or a mandatory-aspects <aspect> reference
                }
                classes++;
                check(c, CLASS_ORDER, problems);
                NodeList properties = c.getElementsByTagNameNS(ContentModel.DICTIONARY_NS, "property");
                for (int p = 0; p < properties.getLength(); p++) {
                    check((Element) properties.item(p), PROPERTY_ORDER, problems);
                }
            }
        }
        assertThat(classes).isPositive();
        assertThat(problems).as(model).isEmpty();
    }

    @Test
    void theCheckSeesAnElementOutOfOrder() {
        List<String> problems = new ArrayList<>();
        Element type = ContentModel.load("alfresco/module/lpodesk-platform/model/workflow-model.xml").document
                .createElementNS(ContentModel.DICTIONARY_NS, "type");
        type.setAttribute("name", "x:y");
        type.appendChild(type.getOwnerDocument().createElementNS(ContentModel.DICTIONARY_NS, "overrides"));
        type.appendChild(type.getOwnerDocument().createElementNS(ContentModel.DICTIONARY_NS, "associations"));
        check(type, CLASS_ORDER, problems);
        assertThat(problems).singleElement().asString().contains("associations after overrides");
    }

    private static void check(Element element, List<String> order, List<String> problems) {
        int last = -1;
        String lastName = null;
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                int at = order.indexOf(child.getLocalName());
                if (at < 0) {
                    continue;
                }
                if (at < last) {
                    problems.add(element.getLocalName() + " " + element.getAttribute("name") + ": " + child.getLocalName()
                            + " after " + lastName);
                }
                last = Math.max(last, at);
                lastName = at == last ? child.getLocalName() : lastName;
            }
        }
    }
}
