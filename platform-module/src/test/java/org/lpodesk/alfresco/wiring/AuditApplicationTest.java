package org.lpodesk.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every event LpoDeskAudit records has an audit path that keeps its values. */
class AuditApplicationTest {

    @Test
    void everyAuditEventHasAPathRecordingItsNode() {
        Document audit = Sources.xml(Sources.MODULE_RESOURCES.resolve("audit/lpodesk-audit.xml"));
        Element app = (Element) audit.getElementsByTagNameNS("*", "Application").item(0);
        assertThat(app.getAttribute("key")).isEqualTo("lpodesk");
        Set<String> recorded = new HashSet<>();
        NodeList values = app.getElementsByTagNameNS("*", "RecordValue");
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            assertThat(v.getAttribute("dataSource")).isEqualTo(v.getAttribute("dataTrigger"));
            recorded.add(v.getAttribute("dataSource"));
        }
        String source = Sources.read(Sources.ADAPTERS.resolve("org/lpodesk/alfresco/audit/LpoDeskAudit.java"));
        Matcher enumBody = Pattern.compile("enum Event \\{\\s*([A-Z_,\\s]+);").matcher(source);
        assertThat(enumBody.find()).isTrue();
        int events = 0;
        for (String constant : enumBody.group(1).split(",")) {
            String key = camel(constant.strip());
            assertThat(recorded).as("audit path of %s", constant.strip()).contains("/lpodesk/" + key + "/node");
            events++;
        }
        assertThat(events).isEqualTo(17);
    }

    /** Mirrors LpoDeskAudit.Event.key(): LPO_READ becomes lpoRead. */
    private static String camel(String constant) {
        String[] parts = constant.toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return key.toString();
    }
}
