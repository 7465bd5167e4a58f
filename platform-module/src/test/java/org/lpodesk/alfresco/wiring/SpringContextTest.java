package org.lpodesk.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Spring wiring Alfresco will load, checked without Alfresco: imports resolve, every
 * org.lpodesk class exists with a constructor of the declared arity, every lpodesk.* reference
 * and every ${placeholder} is defined, every file the bootstraps deploy exists.
 */
class SpringContextTest {

    private static final Path MODULE_CONTEXT = Sources.MODULE_RESOURCES.resolve("module-context.xml");

    private static List<Path> contextFiles() {
        List<Path> files = new ArrayList<>();
        files.add(MODULE_CONTEXT);
        Document module = Sources.xml(MODULE_CONTEXT);
        NodeList imports = module.getElementsByTagNameNS("*", "import");
        for (int i = 0; i < imports.getLength(); i++) {
            String resource = ((Element) imports.item(i)).getAttribute("resource");
            assertThat(resource).startsWith("classpath:alfresco/module/lpodesk-platform/");
            files.add(Sources.RESOURCES.resolve(resource.substring("classpath:".length())));
        }
        return files;
    }

    private static List<Element> beans() {
        List<Element> beans = new ArrayList<>();
        for (Path file : contextFiles()) {
            NodeList list = Sources.xml(file).getElementsByTagNameNS("*", "bean");
            for (int i = 0; i < list.getLength(); i++) {
                beans.add((Element) list.item(i));
            }
        }
        return beans;
    }

    @Test
    void everyImportedContextFileExistsAndEveryContextFileIsImported() throws IOException {
        List<Path> imported = contextFiles();
        for (Path file : imported) {
            assertThat(file).as("imported context file").isRegularFile();
        }
        try (var s = Files.list(Sources.MODULE_RESOURCES.resolve("context"))) {
            assertThat(s.toList()).allSatisfy(f -> assertThat(imported).as("imports of module-context.xml").contains(f));
        }
    }

    @Test
    void everyProjectBeanClassExistsWithAConstructorOfTheDeclaredArity() {
        int checked = 0;
        for (Element bean : beans()) {
            String className = bean.getAttribute("class");
            if (!className.startsWith("org.lpodesk.") || !bean.getAttribute("factory-method").isEmpty()) {
                continue;
            }
            Optional<Path> source = Sources.sourceOf(className);
            assertThat(source).as("source of bean class %s", className).isPresent();
            int args = directChildren(bean, "constructor-arg").size();
            assertThat(Sources.constructorArities(className, source.get()))
                    .as("public constructor of %s taking %d arguments", className, args).contains(args);
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void everyLpodeskReferenceNamesADefinedBean() {
        Set<String> ids = new HashSet<>();
        List<String> refs = new ArrayList<>();
        for (Element bean : beans()) {
            ids.add(bean.getAttribute("id"));
            collectRefs(bean, refs);
        }
        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(ids).as("bean %s", ref).contains(ref));
    }

    @Test
    void everyPlaceholderIsAModuleProperty() throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(Sources.MODULE_RESOURCES.resolve("alfresco-global.properties"))) {
            props.load(in);
        }
        Pattern placeholder = Pattern.compile("\\$\\{([^}:]+)}");
        for (Path file : contextFiles()) {
            Matcher m = placeholder.matcher(Sources.read(file).replaceAll("(?s)<!--.*?-->", ""));
            while (m.find()) {
                assertThat(props).as("%s uses ${%s}", file.getFileName(), m.group(1)).containsKey(m.group(1));
            }
        }
    }

    @Test
    void everyDeployedModelProcessAndBundleExists() {
        for (Element bean : beans()) {
            NodeList values = bean.getElementsByTagNameNS("*", "value");
            for (int i = 0; i < values.getLength(); i++) {
                checkResource(values.item(i).getTextContent().strip());
            }
            NodeList props = bean.getElementsByTagNameNS("*", "prop");
            for (int i = 0; i < props.getLength(); i++) {
                Element prop = (Element) props.item(i);
                if ("location".equals(prop.getAttribute("key"))) {
                    checkResource(prop.getTextContent().strip());
                }
            }
        }
    }

    private static void checkResource(String location) {
        if (!location.startsWith("alfresco/module/lpodesk-platform/")) {
            return;
        }
        Path file = Sources.RESOURCES.resolve(location);
        if (!location.endsWith(".xml")) {
            file = Sources.RESOURCES.resolve(location + ".properties");
        }
        assertThat(file).as("deployed resource %s", location).isRegularFile();
    }

    @Test
    void workflowBeansAreRegisteredOnceEachAndCalledByTheProcesses() {
        String bpmn = Sources.read(Sources.MODULE_RESOURCES.resolve("workflow/outsourcing.bpmn20.xml"))
                + Sources.read(Sources.MODULE_RESOURCES.resolve("workflow/attorney-review.bpmn20.xml"));
        Element registrar = beans().stream()
                .filter(b -> b.getAttribute("class").endsWith(".ActivitiBeanRegistrar")).findFirst().orElseThrow();
        Set<String> names = new HashSet<>();
        for (Element bean : registeredBeans(registrar)) {
            String simple = bean.getAttribute("class").substring(bean.getAttribute("class").lastIndexOf('.') + 1);
            assertThat(names.add(simple)).as("%s registered once", simple).isTrue();
            assertThat(bpmn).as("a process calls ${%s}", simple).contains("${" + simple + "}");
        }
        Matcher called = Pattern.compile("(?:delegateExpression|expression)=\"\\$\\{([A-Z]\\w*)}\"").matcher(bpmn);
        while (called.find()) {
            assertThat(names).as("the bean the processes call as ${%s}", called.group(1)).contains(called.group(1));
        }
        assertThat(registrar.getElementsByTagNameNS("*", "constructor-arg").item(0).getAttributes()
                .getNamedItem("ref").getNodeValue()).isEqualTo("activitiBeanRegistry");
        // Alfresco's registry is extended, never redefined
        assertThat(beans()).noneMatch(b -> "activitiBeanRegistry".equals(b.getAttribute("id")));
    }

    private static List<Element> registeredBeans(Element registrar) {
        List<Element> result = new ArrayList<>();
        NodeList lists = registrar.getElementsByTagNameNS("*", "list");
        Node list = lists.item(0);
        for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "bean".equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static List<Element> directChildren(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static void collectRefs(Element element, List<String> refs) {
        String ref = element.getAttribute("ref");
        if (ref.startsWith("lpodesk.")) {
            refs.add(ref);
        }
        String factory = element.getAttribute("factory-bean");
        if (factory.startsWith("lpodesk.")) {
            refs.add(factory);
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                collectRefs(e, refs);
            }
        }
    }
}
