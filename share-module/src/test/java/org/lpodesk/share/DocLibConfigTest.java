package org.lpodesk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The document-library configuration, its evaluators, the vendor site preset and the extension
 * module hold together: every evaluator is defined (here or in Share), names real aspects, types
 * and properties and compares against values the model allows; every action is defined, its
 * JavaScript function registered and its icon present; every file and page they name exists.
 */
class DocLibConfigTest {

    /** Share's evaluator beans used as parents or directly (slingshot-documentlibrary-context.xml). */
    private static final Set<String> SHARE_EVALUATORS = Set.of(
            "evaluator.doclib.action.nodeType", "evaluator.doclib.action.hasAspect",
            "evaluator.doclib.action.propertyNotNull", "evaluator.doclib.action.value",
            "evaluator.doclib.action.groupMembership", "evaluator.doclib.action.sitePreset",
            "evaluator.doclib.action.chainedMatchAll", "evaluator.doclib.indicator.activeWorkflows",
            "evaluator.doclib.metadata.hasCategories");
    /**
     * The bean properties each of Share's evaluator classes accepts (its setters and
     * BaseEvaluator's negateOutput), read from alfresco-community-share's sources.
     */
    private static final Map<String, Set<String>> SETTERS = Map.of(
            "evaluator.doclib.action.nodeType", Set.of("types", "allowSubtypes", "negateOutput"),
            "evaluator.doclib.action.hasAspect", Set.of("aspects", "negateOutput"),
            "evaluator.doclib.action.propertyNotNull", Set.of("property", "negateOutput"),
            "evaluator.doclib.action.value", Set.of("accessor", "comparator", "negateOutput"),
            "evaluator.doclib.action.groupMembership", Set.of("groups", "relation", "negateOutput"),
            "evaluator.doclib.action.sitePreset", Set.of("presets", "negateOutput"),
            "evaluator.doclib.action.chainedMatchAll", Set.of("evaluators", "negateOutput"),
            "evaluator.doclib.indicator.activeWorkflows", Set.of("negateOutput"));
    /** Share's stock comparator class used inside evaluator beans. */
    private static final Set<String> SHARE_CLASSES = Set.of("org.alfresco.web.evaluator.StringEqualsComparator");
    /** Share's document-library action handlers (actions.js) this module's actions call. */
    private static final Set<String> SHARE_ACTION_FUNCTIONS = Set.of("onActionFormDialog");
    /** Share's dashlets and page components the vendor preset places (alfresco-community-share). */
    private static final Set<String> SHARE_COMPONENTS = Set.of(
            "/components/title/collaboration-title", "/components/navigation/collaboration-navigation",
            "/components/dashlets/colleagues", "/components/dashlets/docsummary");
    private static final Set<String> SHARE_TEMPLATE_INSTANCES = Set.of("dashboard-2-columns-wide-left");
    static final String VENDOR_PRESET = "lpodesk-vendor-site-dashboard";

    private static Dictionary dictionary;
    private static final Map<String, Element> BEANS = new LinkedHashMap<>();
    private static Element shareConfig;

    @BeforeAll
    static void load() {
        dictionary = ShareModule.dictionary();
        Element root = Xml.parse(ShareModule.SPRING_CONTEXT).getDocumentElement();
        for (Element bean : Xml.children(root, "bean")) {
            BEANS.put(bean.getAttribute("id"), bean);
        }
        shareConfig = Xml.parse(ShareModule.SHARE_CONFIG_CUSTOM).getDocumentElement();
    }

    @Test
    void everyEvaluatorBeanHasAKnownParentAndNamesRealModelItems() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Element> entry : BEANS.entrySet()) {
            String id = entry.getKey();
            Element bean = entry.getValue();
            if (!id.startsWith("lpodesk.evaluator.")) {
                continue;
            }
            checked++;
            String parent = bean.getAttribute("parent");
            if (!SHARE_EVALUATORS.contains(parent) && !BEANS.containsKey(parent)) {
                problems.add(id + ": parent '" + parent + "' is neither Share's nor defined here");
            }
            String root = parent;
            while (BEANS.containsKey(root)) {
                root = BEANS.get(root).getAttribute("parent");
            }
            Set<String> setters = SETTERS.getOrDefault(root, Set.of());
            for (Element property : Xml.children(bean, "property")) {
                String name = property.getAttribute("name");
                if (!setters.contains(name)) {
                    problems.add(id + ": Share's " + root + " has no property '" + name + "'");
                }
                List<String> values = Xml.all(property, "value").stream().map(v -> v.getTextContent().trim()).toList();
                switch (name) {
                    case "aspects" -> values.stream().filter(a -> !dictionary.isAspect(a))
                            .forEach(a -> problems.add(id + ": " + a + " is no aspect of the models"));
                    case "types" -> values.stream().filter(t -> !dictionary.hasClass(t) || dictionary.isAspect(t))
                            .forEach(t -> problems.add(id + ": " + t + " is no type of the models"));
                    case "property" -> {
                        if (!dictionary.hasProperty(property.getAttribute("value"))) {
                            problems.add(id + ": " + property.getAttribute("value") + " is no property of the models");
                        }
                    }
                    case "accessor" -> checkAccessor(id, bean, property.getAttribute("value"), problems);
                    case "evaluators" -> Xml.all(property, "ref").forEach(ref -> {
                        if (!BEANS.containsKey(ref.getAttribute("bean")) && !SHARE_EVALUATORS.contains(ref.getAttribute("bean"))) {
                            problems.add(id + ": evaluator " + ref.getAttribute("bean") + " is not defined");
                        }
                    });
                    case "presets" -> values.stream().filter(p -> !p.equals(VENDOR_PRESET))
                            .forEach(p -> problems.add(id + ": preset " + p + " is not LPO Desk's vendor preset"));
                    case "groups" -> values.stream().filter(g -> !g.startsWith("GROUP_IMM_"))
                            .forEach(g -> problems.add(id + ": group " + g + " is no firm group"));
                    case "negateOutput", "relation", "comparator" -> {
                    }
                    default -> problems.add(id + ": unexpected property " + name);
                }
            }
            Xml.all(bean, "bean").stream().filter(inner -> inner != bean).forEach(inner -> {
                if (!SHARE_CLASSES.contains(inner.getAttribute("class"))) {
                    problems.add(id + ": inner bean class " + inner.getAttribute("class") + " is not one of Share's");
                }
            });
            if (bean.hasAttribute("class")) {
                problems.add(id + ": evaluators here reuse Share's classes through a parent bean, not class="
                        + bean.getAttribute("class"));
            }
        }
        ShareModule.report("evaluators", "evaluator beans checked: " + checked);
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(10);
    }

    /** A ValueEvaluator reads node.properties.PREFIX:NAME and compares with a value the model allows. */
    private static void checkAccessor(String id, Element bean, String accessor, List<String> problems) {
        String prefix = "node.properties.";
        if (!accessor.startsWith(prefix)) {
            problems.add(id + ": accessor " + accessor + " does not read a node property");
            return;
        }
        String property = accessor.substring(prefix.length());
        if (!dictionary.hasProperty(property)) {
            problems.add(id + ": " + property + " is no property of the models");
            return;
        }
        Optional<String> compared = Xml.all(bean, "property").stream()
                .filter(p -> p.getAttribute("name").equals("value")).map(p -> p.getAttribute("value")).findFirst();
        List<String> allowed = dictionary.constraintsOf(property).stream().filter(c -> "LIST".equals(c.type()))
                .flatMap(c -> c.parameters().getOrDefault("allowedValues", List.of()).stream()).toList();
        if (compared.isEmpty()) {
            problems.add(id + ": compares " + property + " with no value");
        } else if (!allowed.isEmpty() && !allowed.contains(compared.get())) {
            problems.add(id + ": compares " + property + " with '" + compared.get() + "', which its constraint never allows " + allowed);
        }
    }

    @Test
    void everyEvaluatorNamedInConfigurationIsDefined() {
        List<String> problems = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        Xml.all(shareConfig, "evaluator").forEach(e -> named.add(e.getTextContent().trim()));
        for (String element : List.of("banner", "line")) {
            Xml.all(shareConfig, element).stream().filter(e -> e.hasAttribute("evaluator"))
                    .forEach(e -> named.add(e.getAttribute("evaluator")));
        }
        for (String evaluator : named) {
            if (!BEANS.containsKey(evaluator) && !SHARE_EVALUATORS.contains(evaluator)) {
                problems.add("evaluator " + evaluator + " is defined neither here nor in Share");
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyActionIsDefinedRegisteredAndHasItsIcon() {
        List<String> problems = new ArrayList<>();
        Set<String> registered = registeredClientFunctions();
        Set<String> defined = new LinkedHashSet<>();
        for (Element action : Xml.all(shareConfig, "action")) {
            if (!action.hasAttribute("type")) {
                continue;
            }
            String id = action.getAttribute("id");
            defined.add(id);
            for (Element param : Xml.children(action, "param")) {
                if (param.getAttribute("name").equals("function")) {
                    String fn = param.getTextContent().trim();
                    if (!registered.contains(fn) && !SHARE_ACTION_FUNCTIONS.contains(fn)) {
                        problems.add(id + ": function " + fn + " is registered by no client script");
                    }
                }
                if (param.getAttribute("name").equals("formId")) {
                    String formId = param.getTextContent().trim();
                    boolean exists = FormsConfig.read(ShareModule.configFiles()).stream()
                            .flatMap(s -> s.forms().stream()).anyMatch(f -> f.id().equals(formId));
                    if (!exists) {
                        problems.add(id + ": form " + formId + " is configured nowhere");
                    }
                }
            }
            String icon = action.getAttribute("icon").isEmpty() ? id : action.getAttribute("icon");
            if (!Files.isRegularFile(ShareModule.CLIENT_RESOURCES.resolve("components/documentlibrary/actions/" + icon + "-16.png"))) {
                problems.add(id + ": no icon components/documentlibrary/actions/" + icon + "-16.png");
            }
        }
        for (Element group : Xml.all(shareConfig, "actionGroup")) {
            for (Element action : Xml.children(group, "action")) {
                if (!defined.contains(action.getAttribute("id"))) {
                    problems.add("action group " + group.getAttribute("id") + " names undefined action " + action.getAttribute("id"));
                }
            }
        }
        assertThat(defined).contains("lpodesk-outsource", "lpodesk-request-review", "lpodesk-mark-filed");
        assertThat(problems).isEmpty();
    }

    private static Set<String> registeredClientFunctions() {
        Set<String> result = new LinkedHashSet<>();
        Pattern register = Pattern.compile("actionName\\s*:\\s*\"([^\"]+)\"");
        for (Path file : ShareModule.files(ShareModule.CLIENT_RESOURCES, ".js")) {
            Matcher m = register.matcher(ShareModule.read(file));
            while (m.find()) {
                result.add(m.group(1));
            }
        }
        return result;
    }

    @Test
    void indicatorsTypesAspectsAndCreateContentNameRealThings() {
        List<String> problems = new ArrayList<>();
        for (Element indicator : Xml.all(shareConfig, "indicator")) {
            String icon = indicator.getAttribute("icon");
            if (!Files.isRegularFile(ShareModule.CLIENT_RESOURCES.resolve("components/documentlibrary/indicators/" + icon))) {
                problems.add("indicator " + indicator.getAttribute("id") + ": no icon " + icon);
            }
        }
        for (Element aspect : Xml.all(shareConfig, "aspect")) {
            if (!dictionary.isAspect(aspect.getAttribute("name"))) {
                problems.add("aspect " + aspect.getAttribute("name") + " is no aspect of the models");
            }
        }
        for (Element type : Xml.all(shareConfig, "type")) {
            String name = type.getAttribute("name");
            for (Element subtype : Xml.children(type, "subtype")) {
                String sub = subtype.getAttribute("name");
                if (!dictionary.isSubClassOf(sub, name) || sub.equals(name)) {
                    problems.add("subtype " + sub + " is no subtype of " + name);
                }
            }
        }
        Pattern itemId = Pattern.compile("itemId=([a-z]+:[A-Za-z]+)");
        for (Element content : Xml.all(shareConfig, "content")) {
            Matcher m = itemId.matcher(content.getTextContent());
            if (!m.find() || !dictionary.hasClass(m.group(1))) {
                problems.add("create-content " + content.getAttribute("id") + " creates no type of the models");
            } else if (dictionary.isSubClassOf(m.group(1), "cm:folder") != content.getTextContent().contains("isContainer=true")) {
                // Share opens what it created as a folder only with isContainer=true (LPODesk.CreateContainerMgr)
                problems.add("create-content " + content.getAttribute("id") + ": isContainer=true must be given exactly for a folder type");
            }
        }
        for (Element dependency : List.of("js", "css").stream().flatMap(n -> Xml.all(shareConfig, n).stream()).toList()) {
            String src = dependency.getAttribute("src");
            if (!Files.isRegularFile(ShareModule.CLIENT_RESOURCES.resolve(src.substring(1)))) {
                problems.add("dependency " + src + " is not under META-INF/resources");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theVendorPresetShowsTheVendorsAssignmentsAndOnlyTheDocumentLibrary() {
        Element presets = Xml.parse(ShareModule.PRESETS).getDocumentElement();
        List<Element> all = Xml.children(presets, "preset");
        assertThat(all).extracting(p -> p.getAttribute("id")).containsExactly(VENDOR_PRESET);
        Set<String> ourUrls = new LinkedHashSet<>();
        for (Path descriptor : ShareModule.files(ShareModule.SITE_WEBSCRIPTS, ".desc.xml")) {
            Xml.children(Xml.parse(descriptor).getDocumentElement(), "url").forEach(u -> ourUrls.add(u.getTextContent().trim()));
        }
        List<String> problems = new ArrayList<>();
        List<String> urls = Xml.all(presets, "url").stream().map(u -> u.getTextContent().trim()).toList();
        for (String url : urls) {
            if (!ourUrls.contains(url) && !SHARE_COMPONENTS.contains(url)) {
                problems.add("preset component " + url + " exists neither here nor in Share");
            }
        }
        assertThat(urls).contains("/lpodesk/components/dashlets/vendor-assignments");
        String template = Xml.all(presets, "template-instance").get(0).getTextContent().trim();
        if (!SHARE_TEMPLATE_INSTANCES.contains(template)) {
            problems.add("template instance " + template + " is not Share's");
        }
        String sitePages = Xml.all(presets, "sitePages").get(0).getTextContent().trim();
        assertThat(sitePages).isEqualTo("[{\"pageId\":\"documentlibrary\"}]");
        assertThat(problems).isEmpty();
    }

    @Test
    void theVendorSiteModuleAppliesToThePresetAndItsCustomizationsExist() {
        Element extension = Xml.parse(ShareModule.EXTENSION_MODULE).getDocumentElement();
        assertThat(Xml.all(extension, "sitePresets")).extracting(e -> e.getTextContent().trim()).containsOnly(VENDOR_PRESET);
        for (Element source : Xml.all(extension, "sourcePackageRoot")) {
            Path dir = ShareModule.SITE_WEBSCRIPTS.resolve(source.getTextContent().trim().replace('.', '/'));
            assertThat(dir).as("customization package " + source.getTextContent()).isDirectory();
        }
        String lib = ShareModule.read(ShareModule.SITE_WEBSCRIPTS.resolve("org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js"));
        assertThat(lib).contains("VENDOR_SITE_PRESET: \"" + VENDOR_PRESET + "\"");
    }
}
