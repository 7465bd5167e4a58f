package org.lpodesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.review.workflow.WorkflowModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The workflow model, the two BPMN files, the message bundle and core's constants describe the
 * same processes: every form key is a task type, every decision task's outcome values are
 * exactly what its gateway tests, every delegate expression names a core bean.
 */
class WorkflowModelConsistencyTest {

    private static final String MODULE = "alfresco/module/lpodesk-platform/";
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String ACTIVITI_NS = "http://activiti.org/bpmn";
    private static final Pattern CONDITION = Pattern.compile("\\$\\{(immwf_\\w+) == '(\\w+)'}");

    private final Document model = parse(MODULE + "model/workflow-model.xml", false);
    private final List<Document> processes = List.of(parse(WorkflowEngine.OUTSOURCING_BPMN, true),
            parse(WorkflowEngine.ATTORNEY_REVIEW_BPMN, true), parse(WorkflowEngine.OBTAIN_NOTICE_BPMN, true));
    private final Properties messages = load(MODULE + "messages/workflow-model.properties");

    @Test
    void everyFormKeyIsATaskTypeAndEveryTaskTypeIsUsed() {
        Set<String> formKeys = new HashSet<>();
        for (Document process : processes) {
            for (String tag : List.of("startEvent", "userTask")) {
                for (Element e : elements(process.getDocumentElement(), BPMN_NS, tag)) {
                    String key = e.getAttributeNS(ACTIVITI_NS, "formKey");
                    if (!key.isEmpty()) {
                        formKeys.add(key);
                    }
                }
            }
        }
        assertThat(formKeys).containsExactlyInAnyOrderElementsOf(taskTypes().keySet());
    }

    @Test
    void decisionTasksNameTheirOutcomeAndTheGatewaysTestExactlyItsValues() {
        Map<String, Set<String>> testedValues = gatewayConditions();
        Map<String, String> types = taskTypes();
        int decisions = 0;
        for (Map.Entry<String, String> type : types.entrySet()) {
            if (!type.getValue().equals("bpm:activitiOutcomeTask")) {
                continue;
            }
            decisions++;
            Element typeElement = type(type.getKey());
            String outcomeQName = overrideDefault(typeElement, "bpm:outcomePropertyName");
            assertThat(outcomeQName).startsWith("{" + WorkflowModel.NAMESPACE + "}");
            String property = "immwf:" + outcomeQName.substring(outcomeQName.indexOf('}') + 1);
            String variable = property.replace(':', '_');
            List<String> allowed = listValues(constraintOf(typeElement, property));

            assertThat(testedValues.get(variable)).as("values the gateways test for %s", variable)
                    .containsExactlyInAnyOrderElementsOf(allowed);
            WorkflowModel.Outcome javaOutcome = WorkflowModel.OUTCOMES.get(type.getKey());
            assertThat(javaOutcome).as("core knows the outcome of %s", type.getKey()).isNotNull();
            assertThat(javaOutcome.variable()).isEqualTo(variable);
            assertThat(javaOutcome.allowedValues()).containsExactlyElementsOf(allowed);
            assertThat(overrideDefault(typeElement, "bpm:packageItemActionGroup")).isNotEmpty();
        }
        assertThat(decisions).isEqualTo(WorkflowModel.OUTCOMES.size());
    }

    @Test
    void taskKindConstraintIsTheEnum() {
        assertThat(listValues(namedConstraint("immwf:taskKinds")))
                .containsExactlyElementsOf(Arrays.stream(TaskKind.values()).map(TaskKind::modelValue).toList());
    }

    @Test
    void everyDelegateExpressionNamesACoreBean() {
        Set<Object> beans = WorkflowBeans.create(new Firm().ports(org.lpodesk.outsourcing.workflow.DueDateCheck.NONE), java.time.Clock.systemUTC()).keySet();
        Set<String> used = new LinkedHashSet<>();
        for (Document process : processes) {
            NodeList all = process.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                String expression = ((Element) all.item(i)).getAttributeNS(ACTIVITI_NS, "delegateExpression");
                if (!expression.isEmpty()) {
                    assertThat(expression).matches("\\$\\{[A-Z]\\w+}");
                    used.add(expression.substring(2, expression.length() - 1));
                }
                assertThat(((Element) all.item(i)).getAttributeNS(ACTIVITI_NS, "class"))
                        .as("no class delegates: beans only").isEmpty();
            }
            assertThat(process.getElementsByTagNameNS(BPMN_NS, "scriptTask").getLength()).as("no scripts").isZero();
        }
        assertThat(beans).containsAll(used);
    }

    @Test
    void everyTypePropertyValueAndProcessHasItsLabels() {
        List<String> missing = new ArrayList<>();
        for (String type : taskTypes().keySet()) {
            String key = "immwf_workflowModel.type." + type.replace(':', '_');
            require(missing, key + ".title", key + ".description");
        }
        for (Element property : elements(model.getDocumentElement(), null, "property")) {
            if (property.getParentNode().getNodeName().equals("properties")) {
                String key = "immwf_workflowModel.property." + property.getAttribute("name").replace(':', '_');
                require(missing, key + ".title", key + ".description");
            }
        }
        for (Element constraint : elements(model.getDocumentElement(), null, "constraint")) {
            String name = constraint.getAttribute("name");
            if (!name.isEmpty() && constraint.getAttribute("type").equals("LIST")) {
                for (String value : listValues(constraint)) {
                    require(missing, "listconstraint." + name.replace(':', '_') + "." + value);
                }
            }
        }
        for (Document process : processes) {
            Element p = elements(process.getDocumentElement(), BPMN_NS, "process").get(0);
            String id = p.getAttribute("id");
            require(missing, id + ".workflow.title", id + ".workflow.description");
            for (String tag : List.of("startEvent", "userTask", "serviceTask")) {
                for (Element e : elements(p, BPMN_NS, tag)) {
                    require(missing, id + ".node." + e.getAttribute("id") + ".title");
                }
            }
        }
        assertThat(missing).as("keys missing from workflow-model.properties").isEmpty();
    }

    private void require(List<String> missing, String... keys) {
        for (String key : keys) {
            if (messages.getProperty(key, "").isBlank()) {
                missing.add(key);
            }
        }
    }

    /** Outcome variable → every value a sequence-flow condition compares it with. */
    private Map<String, Set<String>> gatewayConditions() {
        Map<String, Set<String>> tested = new HashMap<>();
        for (Document process : processes) {
            for (Element condition : elements(process.getDocumentElement(), BPMN_NS, "conditionExpression")) {
                Matcher m = CONDITION.matcher(condition.getTextContent().strip());
                if (m.matches()) {
                    tested.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
                }
            }
        }
        return tested;
    }

    private Map<String, String> taskTypes() {
        Map<String, String> types = new HashMap<>();
        for (Element type : elements(model.getDocumentElement(), null, "type")) {
            if (!type.getParentNode().getNodeName().equals("types")) {
                continue;
            }
            types.put(type.getAttribute("name"), text(type, "parent"));
        }
        return types;
    }

    private Element type(String name) {
        return elements(model.getDocumentElement(), null, "type").stream()
                .filter(t -> t.getParentNode().getNodeName().equals("types") && t.getAttribute("name").equals(name)).findFirst().orElseThrow();
    }

    private static String overrideDefault(Element type, String property) {
        return elements(type, null, "property").stream()
                .filter(p -> p.getAttribute("name").equals(property) && p.getParentNode().getNodeName().equals("overrides"))
                .map(p -> text(p, "default")).findFirst().orElse("");
    }

    private Element constraintOf(Element type, String property) {
        Element p = elements(type, null, "property").stream().filter(e -> e.getAttribute("name").equals(property))
                .findFirst().orElseThrow(() -> new AssertionError("no property " + property));
        return namedConstraint(elements(p, null, "constraint").get(0).getAttribute("ref"));
    }

    private Element namedConstraint(String name) {
        return elements(model.getDocumentElement(), null, "constraint").stream()
                .filter(c -> c.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no constraint " + name));
    }

    private static List<String> listValues(Element constraint) {
        return elements(constraint, null, "value").stream()
                .filter(v -> ((Element) v.getParentNode()).getTagName().equals("list"))
                .map(Element::getTextContent).map(String::strip).collect(Collectors.toList());
    }

    private static String text(Element parent, String child) {
        List<Element> found = elements(parent, null, child);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }

    private static List<Element> elements(Element root, String namespace, String localName) {
        NodeList nodes = namespace == null ? root.getElementsByTagName(localName)
                : root.getElementsByTagNameNS(namespace, localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Document parse(String resource, boolean namespaceAware) {
        try (InputStream in = WorkflowModelConsistencyTest.class.getClassLoader().getResourceAsStream(resource)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(namespaceAware);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + resource, e);
        }
    }

    private static Properties load(String resource) {
        try (InputStream in = WorkflowModelConsistencyTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
