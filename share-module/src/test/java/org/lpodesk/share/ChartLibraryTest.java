package org.lpodesk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reports page loads uPlot from the WebJar the build unpacks into the JAR: the paths its
 * template names are the version the POM unpacks, and they are in the JAR (else the page draws no
 * chart and says nothing).
 */
class ChartLibraryTest {

    private static final Pattern WEBJAR_PATH = Pattern.compile("/res/(webjars/uplot/([^/]+)/dist/[^\"]+)\"");

    @Test
    void theReportsPageNamesTheUnpackedUplot() {
        String version = System.getProperty("uplot.version");
        assertThat(version).as("surefire passes the POM's uplot.version").isNotBlank();
        String template = ShareModule.read(ShareModule.SITE_WEBSCRIPTS.resolve(
                "org/lpodesk/components/reports/reports-page.get.html.ftl"));
        Matcher m = WEBJAR_PATH.matcher(template);
        int paths = 0;
        while (m.find()) {
            paths++;
            assertThat(m.group(2)).as(m.group(1)).isEqualTo(version);
            assertThat(getClass().getClassLoader().getResource("META-INF/resources/" + m.group(1)))
                    .as("META-INF/resources/" + m.group(1) + " in the JAR").isNotNull();
        }
        assertThat(paths).as("the script and the style sheet").isEqualTo(2);
    }
}
