package org.lpodesk.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lpodesk.sites.SiteDashboardPreset;
import org.lpodesk.sites.SiteDashboardPresets;
import org.junit.jupiter.api.Test;

/**
 * Every site the module creates gets its Share dashboard (found live: the demo firm site and every
 * onboarded vendor site opened on "Could not resolve view" with no site navigation): each
 * {@code createSite} call in the adapters is followed, in the same method, by writing the
 * dashboard of the preset it names, and the module ships a dashboard for every preset it uses.
 */
class SiteDashboardsWiringTest {

    private static final Path PRESETS = Sources.MODULE_RESOURCES.resolve("sites/site-dashboards.xml");
    private static final Pattern CREATE_SITE = Pattern.compile("siteService\\.createSite\\(\\s*(\\w+)");

    private static SiteDashboardPresets presets() throws IOException {
        try (InputStream in = Files.newInputStream(PRESETS)) {
            return SiteDashboardPresets.read(in, PRESETS.toString());
        }
    }

    @Test
    void everySiteTheAdaptersCreateGetsItsDashboardInTheSameMethod() {
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (Path source : Sources.files(Sources.ADAPTERS, ".java")) {
            String code = Sources.read(source);
            Matcher create = CREATE_SITE.matcher(code);
            while (create.find()) {
                calls++;
                // the rest of the method: up to the next method's closing brace at class level
                int end = code.indexOf("\n    }\n", create.end());
                String rest = code.substring(create.end(), end < 0 ? code.length() : end);
                if (!rest.contains("dashboards.create(")) {
                    problems.add(Sources.MODULE.relativize(source) + ": createSite(" + create.group(1)
                            + ", ...) without dashboards.create(...) after it");
                }
            }
        }
        assertThat(calls).as("createSite calls in the adapters").isGreaterThanOrEqualTo(2);
        assertThat(problems).isEmpty();
    }

    @Test
    void theModuleShipsADashboardForEveryPresetItCreatesSitesWith() throws IOException {
        Properties global = new Properties();
        try (InputStream in = Files.newInputStream(Sources.MODULE_RESOURCES.resolve("alfresco-global.properties"))) {
            global.load(in);
        }
        String firmPreset = constant("org.lpodesk.alfresco.demo.AlfrescoDemoRepository", "FIRM_SITE_PRESET");
        SiteDashboardPresets presets = presets();
        assertThat(presets.ids()).contains(global.getProperty("lpodesk.vendor.sitePreset"), firmPreset);
        SiteDashboardPreset vendor = presets.preset(global.getProperty("lpodesk.vendor.sitePreset")).orElseThrow();
        assertThat(vendor.components()).extracting(SiteDashboardPreset.Component::url)
                .contains("/lpodesk/components/dashlets/vendor-assignments", "/components/navigation/collaboration-navigation");
        assertThat(vendor.page().properties().get("sitePages")).contains("documentlibrary");
        SiteDashboardPreset firm = presets.preset(firmPreset).orElseThrow();
        assertThat(firm.components()).extracting(SiteDashboardPreset.Component::url)
                .contains("/lpodesk/components/dashlets/case-deadlines", "/lpodesk/components/dashlets/outsourced-tasks");
    }

    @Test
    void theBeanReadsTheFileTheModuleShips() {
        String context = Sources.read(Sources.MODULE_RESOURCES.resolve("context/sites-context.xml"));
        assertThat(context).contains("<constructor-arg value=\"alfresco/module/lpodesk-platform/sites/site-dashboards.xml\"/>");
        assertThat(Sources.read(Sources.MODULE_RESOURCES.resolve("module-context.xml"))).contains("context/sites-context.xml");
    }

    private static String constant(String className, String name) {
        Matcher m = Pattern.compile(name + "\\s*=\\s*\"([^\"]+)\"")
                .matcher(Sources.read(Sources.sourceOf(className).orElseThrow()));
        assertThat(m.find()).as(className + "." + name).isTrue();
        return m.group(1);
    }
}
