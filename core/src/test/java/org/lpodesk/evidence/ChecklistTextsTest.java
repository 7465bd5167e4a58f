package org.lpodesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lpodesk.evidence.checklist.Checklist;
import org.lpodesk.evidence.checklist.ChecklistItem;
import org.lpodesk.evidence.checklist.Checklists;
import org.lpodesk.evidence.checklist.Requirement;
import org.lpodesk.evidence.completeness.ItemStatus;

/**
 * The bundle has every text the default checklists and the evidence code ask for, read from the
 * file itself: a missing label would show an item's id to a paralegal, a missing rule text an
 * empty line, and a missing refusal key a MissingResourceException instead of the reason.
 */
class ChecklistTextsTest {

    private static final Path SOURCES = Paths.get("src/main/java/org/lpodesk/evidence");

    private final Properties bundle = bundle();

    private static Properties bundle() {
        Properties properties = new Properties();
        try (InputStream in = ChecklistTextsTest.class.getResourceAsStream("/org/lpodesk/evidence/messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    @Test
    void everyDefaultChecklistItemAndGroupHasItsLabelAndRuleText() {
        Checklists defaults = Checklists.defaults();
        for (Checklist checklist : defaults.all()) {
            assertThat(bundle).as("checklist %s", checklist.id()).containsKey("checklist." + checklist.id());
            for (ChecklistItem item : checklist.items()) {
                assertThat(bundle).as("item %s", item.id())
                        .containsKeys("checklist.item." + item.id(), "checklist.item." + item.id() + ".rule");
                assertThat(bundle.getProperty("checklist.item." + item.id() + ".rule")).as(item.id()).isNotBlank();
            }
            for (String group : groups(checklist.rules())) {
                assertThat(bundle).as("group %s of %s", group, checklist.id()).containsKey("checklist.group." + group);
            }
        }
    }

    @Test
    void theBundleHasNoItemTextThatNoDefaultItemUses() {
        // a key with a misspelt id leaves the real item without its rule text, silently
        Set<String> used = new HashSet<>();
        for (Checklist checklist : Checklists.defaults().all()) {
            used.add("checklist." + checklist.id());
            for (ChecklistItem item : checklist.items()) {
                used.add("checklist.item." + item.id());
                used.add("checklist.item." + item.id() + ".rule");
            }
            groups(checklist.rules()).forEach(g -> used.add("checklist.group." + g));
        }
        Set<String> checklistKeys = new HashSet<>();
        for (String key : bundle.stringPropertyNames()) {
            // checklist.<id> names a checklist; checklist.no-case is a refusal
            if (key.startsWith("checklist.item.") || key.startsWith("checklist.group.")
                    || (key.startsWith("checklist.") && key.indexOf('.', "checklist.".length()) < 0 && !key.contains("-"))) {
                checklistKeys.add(key);
            }
        }
        assertThat(checklistKeys).isNotEmpty().isSubsetOf(used);
    }

    @Test
    void everyStatusHasALabel() {
        for (ItemStatus status : ItemStatus.values()) {
            assertThat(bundle).containsKey("status." + status.name());
        }
    }

    @Test
    void everyKeyTheEvidenceCodeFormatsIsInTheBundle() throws IOException {
        List<Pattern> calls = List.of(
                Pattern.compile("EvidenceMessages\\.(?:format|optional)\\(\\s*(?:[\\w.]+,\\s*)?\"([\\w.-]+)\""),
                Pattern.compile("new Sentence\\(\\s*\"([\\w.-]+)\""),
                Pattern.compile("joined\\(\\s*\\w+,\\s*\"([\\w.-]+)\""));
        Pattern refusal = Pattern.compile("refused\\(\\s*\"([\\w.-]+)\"");
        int keys = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern call : calls) {
                    Matcher m = call.matcher(source);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) { // a computed key's prefix, e.g. "status." + name()
                            assertThat(bundle).as("%s uses %s", file.getFileName(), m.group(1)).containsKey(m.group(1));
                            keys++;
                        }
                    }
                }
                Matcher m = refusal.matcher(source);
                while (m.find()) {
                    assertThat(bundle).as("%s refuses with %s", file.getFileName(), m.group(1)).containsKey("definition." + m.group(1));
                    keys++;
                }
            }
        }
        assertThat(keys).as("keys found in the sources").isGreaterThan(30);
    }

    private static Set<String> groups(List<Requirement> rules) {
        Set<String> ids = new HashSet<>();
        for (Requirement rule : rules) {
            if (rule instanceof Requirement.AtLeast atLeast) {
                ids.add(atLeast.id());
            } else if (rule instanceof Requirement.AnyOf anyOf) {
                ids.add(anyOf.id());
                ids.addAll(groups(anyOf.alternatives()));
            } else if (rule instanceof Requirement.AllOf allOf) {
                ids.add(allOf.id());
                ids.addAll(groups(allOf.parts()));
            }
        }
        return ids;
    }
}
