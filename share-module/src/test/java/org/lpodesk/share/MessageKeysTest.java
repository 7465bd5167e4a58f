package org.lpodesk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every message key used in configuration, presets, FreeMarker templates, web script controllers
 * and client JavaScript resolves in the bundle that serves it, and no bundle key is unused.
 * Keys a template computes from a model value (msg("taskKind." + kind)) must cover every value of
 * the model constraint they render.
 */
class MessageKeysTest {

    /** Share's own keys that LPO Desk code looks up (defined in Share's bundles, not here). */
    private static final Set<String> SHARE_KEYS = Set.of("form.control.date-picker.entry.date.format",
            "form.required.fields.marker");

    /** Computed key prefixes and the model constraint whose values they must cover. */
    private static final Map<String, String> PREFIX_CONSTRAINTS = Map.of("taskKind.", "immwf:taskKinds",
            "mail.state.", "imm:replyStates");

    /** Config attributes whose value is a message key. */
    private static final Set<String> KEY_ATTRIBUTES = Set.of("label-id", "description-id", "help-id", "message-id");
    /** Elements whose "label" attribute is a message key (Share resolves it with msg()). */
    private static final Set<String> LABELLED_ELEMENTS = Set.of("action", "indicator", "content");
    private static final Pattern PAGE_METADATA_KEY = Pattern.compile("\"(?:titleId|descriptionId)\"\\s*:\\s*\"([^\"]+)\"");

    private static Map<String, String> global;
    private static final Map<Path, Set<String>> USED_BY_BUNDLE = new LinkedHashMap<>();
    private static final List<String> PROBLEMS = new ArrayList<>();
    private static int keysChecked;

    @BeforeAll
    static void scan() {
        global = Bundles.load(ShareModule.GLOBAL_BUNDLE);
        USED_BY_BUNDLE.put(ShareModule.GLOBAL_BUNDLE, new LinkedHashSet<>());

        List<Path> configs = new ArrayList<>(ShareModule.configFiles());
        configs.add(ShareModule.PRESETS);
        // Surf pages name their title and description by key
        configs.addAll(ShareModule.files(ShareModule.WEB_EXTENSION.resolve("site-data/pages"), ".xml"));
        for (Path config : configs) {
            for (String key : configKeys(config)) {
                resolve(key, false, config, null);
            }
        }
        // Share labels a type or aspect by name (type.imm_x, aspect.imm_x) in Change type and Manage aspects
        for (Dictionary.ClassDef c : ShareModule.dictionary().classesWithPrefix("imm")) {
            resolve((c.aspect() ? "aspect." : "type.") + c.name().replace(':', '_'), false, ShareModule.IMM_MODEL, null);
        }
        for (Path template : ShareModule.files(ShareModule.SITE_WEBSCRIPTS, ".ftl")) {
            Path bundle = Bundles.webScriptBundle(template);
            for (SourceScan.KeyUse use : SourceScan.templateKeys(template)) {
                resolve(use.key(), use.prefix(), template, bundle);
            }
        }
        for (Path script : ShareModule.files(ShareModule.SITE_WEBSCRIPTS, ".js")) {
            Path bundle = Bundles.webScriptBundle(script);
            for (SourceScan.KeyUse use : SourceScan.controllerKeys(script)) {
                resolve(use.key(), false, script, bundle);
            }
        }
        for (Path client : ShareModule.files(ShareModule.CLIENT_RESOURCES, ".js")) {
            for (SourceScan.KeyUse use : SourceScan.clientKeys(client)) {
                resolve(use.key(), false, client, null);
            }
        }
        ShareModule.report("message-keys", "message keys checked: " + keysChecked + " uses; bundle keys: "
                + USED_BY_BUNDLE.keySet().stream().mapToInt(b -> Bundles.load(b).size()).sum()
                + " in " + USED_BY_BUNDLE.size() + " bundles");
    }

    private static List<String> configKeys(Path config) {
        List<String> keys = new ArrayList<>();
        collectKeys(Xml.parse(config).getDocumentElement(), keys);
        return keys;
    }

    private static void collectKeys(Element element, List<String> keys) {
        for (String attribute : KEY_ATTRIBUTES) {
            // label-id="" is Share's way to show a field without a label
            if (element.hasAttribute(attribute) && !element.getAttribute(attribute).isEmpty()) {
                keys.add(element.getAttribute(attribute));
            }
        }
        String name = Xml.localName(element);
        if (LABELLED_ELEMENTS.contains(name) && element.hasAttribute("label") && !element.getAttribute("label").startsWith("{")) {
            keys.add(element.getAttribute("label"));
        }
        if (name.equals("title-id") || name.equals("description-id")) {
            keys.add(element.getTextContent().trim());
        }
        if (name.equals("param") && element.getAttribute("name").endsWith("Message")) {
            keys.add(element.getTextContent().trim());
        }
        if (name.equals("pageMetadata")) {
            Matcher m = PAGE_METADATA_KEY.matcher(element.getTextContent());
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        for (int i = 0; i < element.getChildNodes().getLength(); i++) {
            if (element.getChildNodes().item(i) instanceof Element child) {
                collectKeys(child, keys);
            }
        }
    }

    private static void resolve(String key, boolean prefix, Path file, Path ownBundle) {
        keysChecked++;
        String where = ShareModule.relative(file);
        if (prefix) {
            String constraint = PREFIX_CONSTRAINTS.get(key);
            if (constraint == null || ownBundle == null) {
                PROBLEMS.add(where + ": computed key msg(\"" + key + "\" + ...) is not tied to a model constraint");
                return;
            }
            Map<String, String> own = Bundles.load(ownBundle);
            USED_BY_BUNDLE.computeIfAbsent(ownBundle, b -> new LinkedHashSet<>());
            List<String> values = ShareModule.dictionary().constraint(constraint)
                    .map(c -> c.parameters().getOrDefault("allowedValues", List.of())).orElse(List.of());
            if (values.isEmpty()) {
                PROBLEMS.add(where + ": constraint " + constraint + " has no values");
            }
            for (String value : values) {
                if (!own.containsKey(key + value)) {
                    PROBLEMS.add(where + ": no label " + key + value + " for " + constraint + " value " + value
                            + " in " + ShareModule.relative(ownBundle));
                }
                USED_BY_BUNDLE.get(ownBundle).add(key + value);
            }
            return;
        }
        if (ownBundle != null) {
            USED_BY_BUNDLE.computeIfAbsent(ownBundle, b -> new LinkedHashSet<>());
            if (Bundles.load(ownBundle).containsKey(key)) {
                USED_BY_BUNDLE.get(ownBundle).add(key);
                return;
            }
        }
        if (global.containsKey(key)) {
            USED_BY_BUNDLE.get(ShareModule.GLOBAL_BUNDLE).add(key);
            return;
        }
        if (SHARE_KEYS.contains(key)) {
            return;
        }
        PROBLEMS.add(where + ": key '" + key + "' resolves in no bundle"
                + (ownBundle == null ? "" : " (looked in " + ShareModule.relative(ownBundle) + " and the global bundle)"));
    }

    @Test
    void everyUsedKeyResolves() {
        assertThat(PROBLEMS).isEmpty();
        assertThat(keysChecked).isGreaterThan(100);
    }

    @Test
    void noBundleKeyIsUnused() {
        List<String> unused = new ArrayList<>();
        for (Path bundle : bundles()) {
            Set<String> used = USED_BY_BUNDLE.getOrDefault(bundle, Set.of());
            for (String key : Bundles.load(bundle).keySet()) {
                if (!used.contains(key)) {
                    unused.add(ShareModule.relative(bundle) + ": " + key);
                }
            }
        }
        assertThat(unused).as("keys no configuration, template or script uses").isEmpty();
    }

    @Test
    void everyMessageLookupNamesItsKey() {
        List<String> opaque = new ArrayList<>();
        for (Path file : ShareModule.files(ShareModule.SHARE, ".ftl")) {
            opaque.addAll(SourceScan.opaqueLookups(file));
        }
        for (Path file : ShareModule.files(ShareModule.SHARE, ".js")) {
            opaque.addAll(SourceScan.opaqueLookups(file));
        }
        assertThat(opaque).as("lookups whose keys the checks cannot see").isEmpty();
    }

    private static List<Path> bundles() {
        List<Path> result = new ArrayList<>();
        result.add(ShareModule.GLOBAL_BUNDLE);
        // customization bundles override keys of Share's own web scripts, used by Share's code
        ShareModule.files(ShareModule.SITE_WEBSCRIPTS, ".properties").stream()
                .filter(bundle -> !ShareModule.relative(bundle).contains("/customizations/")).forEach(result::add);
        return result;
    }
}
