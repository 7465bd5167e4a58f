package org.lpodesk.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every QName constant of the adapters' ImmModel names a class or property of the imm model. */
class ModelConstantsTest {

    @Test
    void everyImmModelConstantIsDefinedInTheModel() {
        Document model = Sources.xml(Sources.MODULE_RESOURCES.resolve("model/immigration-model.xml"));
        Set<String> names = new HashSet<>();
        for (String tag : new String[] {"type", "aspect", "property", "association", "child-association"}) {
            NodeList list = model.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < list.getLength(); i++) {
                names.add(((Element) list.item(i)).getAttribute("name"));
            }
        }
        Path source = Sources.ADAPTERS.resolve("org/lpodesk/alfresco/model/ImmModel.java");
        Matcher m = Pattern.compile("QName (\\w+) = QName\\.createQName\\(URI, \"(\\w+)\"\\)").matcher(Sources.read(source));
        int constants = 0;
        while (m.find()) {
            assertThat(names).as("%s = imm:%s", m.group(1), m.group(2)).contains("imm:" + m.group(2));
            constants++;
        }
        assertThat(constants).isGreaterThan(20);
    }

    @Test
    void everyImmwfModelConstantIsDefinedInTheWorkflowModel() {
        Document model = Sources.xml(Sources.MODULE_RESOURCES.resolve("model/workflow-model.xml"));
        Set<String> names = new HashSet<>();
        NodeList list = model.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < list.getLength(); i++) {
            names.add(((Element) list.item(i)).getAttribute("name"));
        }
        Path source = Sources.ADAPTERS.resolve("org/lpodesk/alfresco/model/ImmwfModel.java");
        Matcher m = Pattern.compile("QName (\\w+) = QName\\.createQName\\(URI, \"(\\w+)\"\\)").matcher(Sources.read(source));
        int constants = 0;
        while (m.find()) {
            assertThat(names).as("%s = immwf:%s", m.group(1), m.group(2)).contains("immwf:" + m.group(2));
            constants++;
        }
        assertThat(constants).as("the check read the constants").isGreaterThanOrEqualTo(10);
    }
}
