package org.lpodesk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;

/**
 * Every FreeMarker template of the module parses with FreeMarker 2.3.34, and every template it
 * includes exists (in this module or in Share).
 *
 * Surf's directives (<@markup>, <@uniqueIdDiv>, <@link>, <@script>, <@createWidgets>) are user
 * directive calls: FreeMarker's parser checks their syntax (names, parameters, nesting and
 * closing tags) and resolves them only when rendering, so parsing needs no stand-ins. Rendering
 * does: DashletRenderingTest declares them.
 */
class FreeMarkerTemplatesTest {

    private static final Pattern INCLUDE = Pattern.compile("<#(?:include|import)\\s+\"([^\"]+)\"");
    /** Share templates this module includes (site-webscripts of alfresco-community-share). */
    private static final Set<String> SHARE_TEMPLATES = Set.of("/org/alfresco/components/form/controls/date.ftl",
            // Share's page template macros (templates/org/alfresco/include), which every Share page template includes
            "/org/alfresco/include/alfresco-template.ftl",
            // Share's form dependency lists (components/form), for pages that open form dialogs
            "/org/alfresco/components/form/form.css.ftl", "/org/alfresco/components/form/form.js.ftl");

    static Configuration configuration() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDefaultEncoding("UTF-8");
        return cfg;
    }

    @Test
    void everyTemplateParses() throws IOException {
        List<Path> templates = ShareModule.files(ShareModule.SHARE, ".ftl");
        List<String> problems = new ArrayList<>();
        Configuration cfg = configuration();
        for (Path file : templates) {
            try {
                new Template(ShareModule.relative(file), new StringReader(ShareModule.read(file)), cfg);
            } catch (ParseException e) {
                problems.add(ShareModule.relative(file) + ": " + e.getMessage());
            }
        }
        ShareModule.report("freemarker", "FreeMarker templates parsed: " + templates.size());
        assertThat(problems).isEmpty();
        assertThat(templates).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyIncludedTemplateExists() {
        List<String> problems = new ArrayList<>();
        for (Path file : ShareModule.files(ShareModule.SHARE, ".ftl")) {
            Matcher m = INCLUDE.matcher(ShareModule.read(file));
            while (m.find()) {
                String target = m.group(1);
                boolean ours = target.startsWith("/") && Files.isRegularFile(ShareModule.SITE_WEBSCRIPTS.resolve(target.substring(1)));
                if (!ours && !SHARE_TEMPLATES.contains(target)) {
                    problems.add(ShareModule.relative(file) + " includes " + target + ", which neither this module nor Share has");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
