package org.lpodesk.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every LPO Desk web script requires an authenticated user (or an administrator), declares its
 * transaction, answers JSON, and is backed by a Java bean the framework finds by its id.
 */
class WebScriptDescriptorTest {

    private static final Path ROOT = Sources.WEBSCRIPTS.resolve("org/lpodesk");

    @Test
    void everyDescriptorIsAuthenticatedTransactionalJsonAndJavaBacked() {
        List<Path> descriptors = Sources.files(ROOT, ".desc.xml");
        assertThat(descriptors).isNotEmpty();
        Map<String, String> beans = webScriptBeans();
        for (Path desc : descriptors) {
            Document d = Sources.xml(desc);
            String name = desc.getFileName().toString();
            assertThat(text(d, "authentication")).as("%s authentication", name).isIn("user", "admin");
            // Surf's descriptor schema: none | required | requiresnew, read-only through allow="readonly"
            // (a live repository refused to register a script that wrote <transaction>readonly</transaction>)
            String transaction = text(d, "transaction");
            assertThat(transaction).as("%s transaction", name).isIn("required", "requiresnew", "none");
            Element transactionElement = (Element) d.getElementsByTagNameNS("*", "transaction").item(0);
            String allow = transactionElement.getAttribute("allow");
            assertThat(allow).as("%s transaction allow", name).isIn("", "readonly", "readwrite");
            String method = name.substring(0, name.length() - ".desc.xml".length());
            if (method.endsWith(".post") || method.endsWith(".put") || method.endsWith(".delete")) {
                assertThat(allow).as("%s writes, so its transaction must not be read-only", name)
                        .isNotEqualTo("readonly");
            }
            Element format = (Element) d.getElementsByTagNameNS("*", "format").item(0);
            assertThat(format).as("%s format", name).isNotNull();
            assertThat(format.getAttribute("default")).as("%s default format", name).isIn("json", "csv");
            assertThat(text(d, "url")).as("%s url", name).startsWith("/lpodesk/");
            String folder = Sources.WEBSCRIPTS.relativize(desc.getParent()).toString().replace('/', '.');
            String beanId = "webscript." + folder + "." + method;
            assertThat(beans).as("bean %s backing %s", beanId, name).containsKey(beanId);
            assertThat(Sources.sourceOf(beans.get(beanId))).as("class of %s", beanId).isPresent();
            if (transaction.equals("none")) {
                // only a script whose own code opens its transactions (e.g. to send mail between two)
                assertThat(Sources.sourceOf(beans.get(beanId)).orElseThrow()).as("%s has no transaction: its class"
                        + " must open its own", name).satisfies(source -> assertThat(java.nio.file.Files.readString(
                                source)).contains("doInTransaction"));
            }
        }
        assertThat(beans).allSatisfy((id, cls) -> assertThat(descriptors.stream()
                .anyMatch(p -> id.endsWith("." + p.getFileName().toString().replace(".desc.xml", ""))))
                .as("descriptor of bean %s", id).isTrue());
    }

    private static Map<String, String> webScriptBeans() {
        Document ctx = Sources.xml(Sources.MODULE_RESOURCES.resolve("context/webscript-context.xml"));
        NodeList list = ctx.getElementsByTagNameNS("*", "bean");
        Map<String, String> beans = new HashMap<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element bean = (Element) list.item(i);
            if (bean.getAttribute("id").startsWith("webscript.")) {
                assertThat(bean.getAttribute("parent")).as("parent of %s", bean.getAttribute("id")).isEqualTo("webscript");
                beans.put(bean.getAttribute("id"), bean.getAttribute("class"));
            }
        }
        return beans;
    }

    private static String text(Document d, String tag) {
        NodeList list = d.getElementsByTagNameNS("*", tag);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().strip();
    }
}
