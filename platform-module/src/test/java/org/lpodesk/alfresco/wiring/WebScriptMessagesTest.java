package org.lpodesk.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.lpodesk.cases.list.CaseList;
import org.lpodesk.deadline.Urgency;
import org.junit.jupiter.api.Test;

/**
 * The web scripts' own texts resolve: every CSV header of the case list and every urgency has a
 * label in the repository bundle the Spring context registers, so a download never shows a key.
 */
class WebScriptMessagesTest {

    private static final Path BUNDLE = Sources.MODULE_RESOURCES.resolve("messages/lpodesk-webscripts.properties");

    @Test
    void everyCaseListHeaderAndUrgencyHasALabelAndNothingElseIsThere() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLE)) {
            bundle.load(in);
        }
        List<String> used = new ArrayList<>(CaseList.CSV_HEADER_KEYS);
        Arrays.stream(Urgency.values()).map(CaseList::urgencyKey).forEach(used::add);
        assertThat(used).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        assertThat(bundle.stringPropertyNames()).as("keys nothing uses").containsExactlyInAnyOrderElementsOf(used);
        assertThat(Files.readString(BUNDLE, StandardCharsets.ISO_8859_1)).as("plain ASCII").matches("\\p{ASCII}*");
    }

    @Test
    void theBundleIsRegisteredUnderItsClasspathName() throws IOException {
        String context = Files.readString(Sources.MODULE_RESOURCES.resolve("context/webscript-context.xml"));
        assertThat(context).contains("<value>alfresco.module.lpodesk-platform.messages.lpodesk-webscripts</value>");
    }
}
