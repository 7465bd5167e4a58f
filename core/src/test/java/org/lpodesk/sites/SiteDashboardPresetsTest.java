package org.lpodesk.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteDashboardPresetsTest {

    private static final String VENDOR = """
            <presets>
              <preset id="vendor">
                <components>
                  <component><scope>page</scope><region-id>title</region-id>
                    <source-id>site/${siteid}/dashboard</source-id><url>/components/title/collaboration-title</url></component>
                  <component><scope>page</scope><region-id>component-1-1</region-id>
                    <source-id>site/${siteid}/dashboard</source-id><url>/lpodesk/components/dashlets/vendor-assignments</url>
                    <properties><height>200</height></properties></component>
                </components>
                <pages>
                  <page id="site/${siteid}/dashboard">
                    <title>Vendor &amp; co</title><title-id>page.vendor.title</title-id>
                    <template-instance>dashboard-2-columns-wide-left</template-instance>
                    <properties><sitePages>[{"pageId":"documentlibrary"}]</sitePages></properties>
                  </page>
                </pages>
              </preset>
            </presets>
            """;

    private static SiteDashboardPresets read(String xml) {
        return SiteDashboardPresets.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }

    @Test
    void aSitesDashboardIsThePagePlusOneComponentFilePerRegionNamedAsShareNamesThem() {
        List<SiteDashboardPreset.SurfConfigFile> files = read(VENDOR).preset("vendor").orElseThrow().surfConfig("lpo-acme");

        assertThat(files).extracting(f -> String.join("/", f.folders()) + "/" + f.name()).containsExactly(
                "components/page.title.site~lpo-acme~dashboard.xml",
                "components/page.component-1-1.site~lpo-acme~dashboard.xml",
                "pages/site/lpo-acme/dashboard.xml");
        assertThat(files.get(1).content())
                .contains("<guid>page.component-1-1.site~lpo-acme~dashboard</guid>")
                .contains("<region-id>component-1-1</region-id>")
                .contains("<source-id>site/lpo-acme/dashboard</source-id>")
                .contains("<url>/lpodesk/components/dashlets/vendor-assignments</url>")
                .contains("<height>200</height>")
                .doesNotContain("${siteid}");
        assertThat(files.get(2).content())
                .contains("<title>Vendor &amp; co</title>")
                .contains("<template-instance>dashboard-2-columns-wide-left</template-instance>")
                .contains("<sitePages>[{\"pageId\":\"documentlibrary\"}]</sitePages>")
                .contains("<authentication>user</authentication>");
    }

    @Test
    void aSiteIdShareWouldNotAcceptIsRefused() {
        SiteDashboardPreset preset = read(VENDOR).preset("vendor").orElseThrow();
        assertThatThrownBy(() -> preset.surfConfig("../other")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("../other");
        assertThatThrownBy(() -> preset.surfConfig("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPresetThatIsNotASiteDashboardIsRefusedWithItsName() {
        assertThatThrownBy(() -> read(VENDOR.replace("<page id=\"site/${siteid}/dashboard\">", "<page id=\"user/x/dashboard\">")))
                .hasMessageContaining("preset vendor").hasMessageContaining("expected one page");
        assertThatThrownBy(() -> read(VENDOR.replace("<scope>page</scope><region-id>title", "<scope>global</scope><region-id>title")))
                .hasMessageContaining("preset vendor").hasMessageContaining("component title");
        assertThatThrownBy(() -> read(VENDOR.replace("<template-instance>dashboard-2-columns-wide-left</template-instance>", "")))
                .hasMessageContaining("template-instance");
        assertThatThrownBy(() -> read(VENDOR.replace("component-1-1", "title")))
                .hasMessageContaining("region title twice");
        String preset = VENDOR.substring(VENDOR.indexOf("<preset "), VENDOR.indexOf("</presets>"));
        assertThatThrownBy(() -> read("<presets>" + preset + preset + "</presets>"))
                .hasMessageContaining("'vendor' is empty or repeated");
        assertThatThrownBy(() -> read("<nope/>")).hasMessageContaining("not <presets>");
        assertThatThrownBy(() -> read("<!DOCTYPE presets [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><presets>&x;</presets>"))
                .hasMessageContaining("not a readable presets file");
    }

    @Test
    void anUnknownPresetIsAbsent() {
        assertThat(read(VENDOR).preset("site-dashboard")).isEmpty();
        assertThat(read(VENDOR).ids()).containsExactly("vendor");
    }
}
