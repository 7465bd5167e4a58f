package org.lpodesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Every type, aspect, property, association, constraint and LIST value of the imm model has a
 * title and a description in the bundle, under the keys Alfresco looks up (M2Label,
 * ListOfValuesConstraint), and the bundle has no key for something the model lacks.
 */
class ImmigrationModelLabelsTest {

    static final String BUNDLE = "alfresco/module/lpodesk-platform/messages/immigration-model.properties";

    private final ContentModel model = ContentModel.immigration();

    @Test
    void everyModelItemHasATitleAndADescription() {
        Map<String, String> bundle = load();
        Set<String> missing = new TreeSet<>(expectedKeys().keySet());
        missing.removeAll(bundle.keySet());

        assertThat(missing).isEmpty();
        assertThat(bundle).allSatisfy((key, value) -> assertThat(value).as(key).isNotBlank());
    }

    @Test
    void theBundleLabelsNothingTheModelLacks() {
        Set<String> orphans = new TreeSet<>(load().keySet());
        orphans.removeAll(expectedKeys().keySet());

        assertThat(orphans).isEmpty();
    }

    @Test
    void titlesWrittenInTheModelAgreeWithTheBundle() {
        Map<String, String> bundle = load();
        String prefix = key(model.name);
        model.types.values().forEach(t -> assertThat(bundle.get(prefix + ".type." + key(t.name()) + ".title"))
                .as(t.name()).isEqualTo(t.title()));
        model.aspects.values().forEach(a -> assertThat(bundle.get(prefix + ".aspect." + key(a.name()) + ".title"))
                .as(a.name()).isEqualTo(a.title()));
        model.properties.values().forEach(p -> assertThat(bundle.get(prefix + ".property." + key(p.name()) + ".title"))
                .as(p.name()).isEqualTo(p.title()));
        model.associations.values().forEach(a -> assertThat(
                bundle.get(prefix + ".association." + key(a.name()) + ".title")).as(a.name()).isEqualTo(a.title()));
    }

    @Test
    void theBundleIsPlainAsciiSoEveryLoaderReadsItAlike() throws IOException {
        try (InputStream in = open()) {
            byte[] bytes = in.readAllBytes();
            for (int i = 0; i < bytes.length; i++) {
                assertThat(bytes[i] & 0xff).as("byte %d", i).isLessThan(0x80);
            }
        }
    }

    /** Key to a description of what it labels, following Alfresco's key shapes. */
    private Map<String, String> expectedKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        String prefix = key(model.name);
        keys.put(prefix + ".description", "the model");
        model.types.keySet().forEach(n -> titleAndDescription(keys, prefix + ".type." + key(n), n));
        model.aspects.keySet().forEach(n -> titleAndDescription(keys, prefix + ".aspect." + key(n), n));
        model.properties.keySet().forEach(n -> titleAndDescription(keys, prefix + ".property." + key(n), n));
        model.associations.keySet().forEach(n -> titleAndDescription(keys, prefix + ".association." + key(n), n));
        model.constraints.keySet().forEach(n -> titleAndDescription(keys, prefix + ".constraint." + key(n), n));
        model.constraints.values().stream().filter(c -> c.type().equals("LIST")).forEach(c -> {
            for (String value : c.parameter("allowedValues")) {
                String label = "listconstraint." + key(c.name()) + "." + value;
                keys.put(label, c.name() + " value " + value);
                keys.put(label + ".description", c.name() + " value " + value);
            }
        });
        return keys;
    }

    private static void titleAndDescription(Map<String, String> keys, String base, String what) {
        keys.put(base + ".title", what);
        keys.put(base + ".description", what);
    }

    private static String key(String qualifiedName) {
        return qualifiedName.replace(':', '_');
    }

    private static Map<String, String> load() {
        try (InputStream in = open()) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            Map<String, String> map = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(n -> map.put(n, properties.getProperty(n)));
            return map;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open() {
        InputStream in = ImmigrationModelLabelsTest.class.getClassLoader().getResourceAsStream(BUNDLE);
        if (in == null) {
            throw new IllegalStateException("not on the classpath: " + BUNDLE);
        }
        return in;
    }
}
