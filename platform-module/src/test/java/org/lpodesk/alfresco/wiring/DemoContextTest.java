package org.lpodesk.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The demo loader's wiring: off unless asked for, switched by the property the Docker stack sets,
 * reading the demo file the module ships, and onboarding its vendor with the same class the
 * vendor-onboarding web script uses.
 */
class DemoContextTest {

    private static final String LOADER = "org.lpodesk.alfresco.demo.DemoDataLoader";

    private static Element bean(String className) {
        NodeList beans = Sources.xml(Sources.MODULE_RESOURCES.resolve("context/demo-context.xml"))
                .getElementsByTagNameNS("*", "bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            if (className.equals(bean.getAttribute("class"))) {
                return bean;
            }
        }
        throw new AssertionError("no bean of class " + className + " in demo-context.xml");
    }

    private static List<String> constructorValues(Element bean) {
        List<String> values = new ArrayList<>();
        NodeList args = bean.getElementsByTagNameNS("*", "constructor-arg");
        for (int i = 0; i < args.getLength(); i++) {
            Element arg = (Element) args.item(i);
            values.add(arg.hasAttribute("ref") ? "ref:" + arg.getAttribute("ref") : arg.getAttribute("value"));
        }
        return values;
    }

    @Test
    void theModuleShipsTheDemoSwitchedOffAndTheLoaderReadsTheSwitch() throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(Sources.MODULE_RESOURCES.resolve("alfresco-global.properties"))) {
            props.load(in);
        }
        assertThat(props.getProperty("lpodesk.demo.enabled")).isEqualTo("false");
        assertThat(constructorValues(bean(LOADER))).contains("${lpodesk.demo.enabled}");
        String compose = Sources.read(Sources.MODULE.resolveSibling("docker").resolve("docker-compose.yml"));
        assertThat(compose).as("the Docker stack switches the same property").contains("-Dlpodesk.demo.enabled=");
    }

    @Test
    void theLoaderReadsTheDemoFileTheModuleShips() {
        String source = Sources.read(Sources.sourceOf(LOADER).orElseThrow());
        Matcher m = Pattern.compile("RESOURCE = \"([^\"]+)\"").matcher(source);
        assertThat(m.find()).as("RESOURCE constant of DemoDataLoader").isTrue();
        assertThat(Sources.RESOURCES.resolve(m.group(1))).isRegularFile();
        assertThat(m.group(1)).endsWith("bootstrap/demo/demo-data.json");
    }

    @Test
    void theDemoVendorIsOnboardedLikeTheWebScriptsVendor() {
        Element onboarder = bean("org.lpodesk.alfresco.outsourcing.VendorOnboarder");
        assertThat(constructorValues(bean("org.lpodesk.alfresco.demo.AlfrescoDemoRepository")))
                .contains("ref:" + onboarder.getAttribute("id"));
        Element webScript = findWebScript();
        assertThat(constructorValues(webScript)).containsExactly("ref:" + onboarder.getAttribute("id"));
    }

    private static Element findWebScript() {
        NodeList beans = Sources.xml(Sources.MODULE_RESOURCES.resolve("context/webscript-context.xml"))
                .getElementsByTagNameNS("*", "bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            if (bean.getAttribute("id").equals("webscript.org.lpodesk.vendors.vendor-onboarding.post")) {
                return bean;
            }
        }
        throw new AssertionError("vendor-onboarding web script bean");
    }
}
