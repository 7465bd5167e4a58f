package org.lpodesk.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lpodesk.sharing.InitialConfidentiality;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Behaviours are bound only if Spring calls their init method; the identity-document default
 * relies on the content model filling the level core expects.
 */
class BehaviourWiringTest {

    @Test
    void everyBeanThatBindsBehavioursIsDeclaredWithItsInitMethod() {
        int behaviours = 0;
        for (Path file : Sources.files(Sources.MODULE_RESOURCES.resolve("context"), ".xml")) {
            NodeList beans = Sources.xml(file).getElementsByTagNameNS("*", "bean");
            for (int i = 0; i < beans.getLength(); i++) {
                Element bean = (Element) beans.item(i);
                String className = bean.getAttribute("class");
                if (!className.startsWith("org.lpodesk.alfresco.")) {
                    continue;
                }
                String source = Sources.read(Sources.sourceOf(className).orElseThrow());
                if (source.contains("bindClassBehaviour")) {
                    assertThat(bean.getAttribute("init-method")).as("init-method of %s in %s", className,
                            file.getFileName()).isEqualTo("init");
                    assertThat(source).contains("public void init()");
                    behaviours++;
                }
            }
        }
        assertThat(behaviours).as("behaviour beans, the case status and identity document ones among them")
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void identityDocumentsCarryTheConfidentialityLevelWhoseDefaultCoreRaises() {
        Document model = Sources.xml(Sources.MODULE_RESOURCES.resolve("model/immigration-model.xml"));
        Map<String, Element> classes = new HashMap<>();
        for (String tag : new String[] {"type", "aspect"}) {
            NodeList list = model.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                if (e.hasAttribute("name")) {
                    classes.put(e.getAttribute("name"), e);
                }
            }
        }
        boolean carries = false;
        for (String type = "imm:identityDocument"; classes.containsKey(type); type = text(classes.get(type), "parent")) {
            NodeList aspects = classes.get(type).getElementsByTagNameNS("*", "aspect");
            for (int i = 0; i < aspects.getLength(); i++) {
                carries |= "imm:confidentiality".equals(aspects.item(i).getTextContent().strip());
            }
        }
        assertThat(carries).as("imm:identityDocument or a parent has the mandatory aspect imm:confidentiality").isTrue();
        NodeList props = classes.get("imm:confidentiality").getElementsByTagNameNS("*", "property");
        Element level = (Element) props.item(0);
        assertThat(level.getAttribute("name")).isEqualTo("imm:confidentialityLevel");
        assertThat(text(level, "default")).isEqualTo(InitialConfidentiality.MODEL_DEFAULT.modelValue());
    }

    private static String text(Element parent, String tag) {
        NodeList list = parent.getElementsByTagNameNS("*", tag);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().strip();
    }
}
