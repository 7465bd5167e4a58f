package org.lpodesk.sites;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Share dashboard of a site, as Share's site presets describe it: one page
 * ({@code site/<id>/dashboard}) with its layout and site pages, and the components (title,
 * navigation, dashlets) in its regions.
 *
 * <p>Share makes a site's dashboard only when the site is created through Share's own
 * create-site dialog; a site the repository creates (vendor onboarding, the demo loader) has none,
 * and Share answers its dashboard with an error page. The repository therefore writes the same
 * Surf objects Share would write, as the files of {@link #surfConfig(String)}.
 *
 * @param id the preset id, which is also the site's {@code st:sitePreset}
 */
public record SiteDashboardPreset(String id, Page page, List<Component> components) {

    /** Share's site short names: letters, digits and dashes (SiteService refuses anything else). */
    private static final Pattern SITE_ID = Pattern.compile("[A-Za-z0-9-]+");

    /**
     * The dashboard page.
     *
     * @param properties page properties, e.g. {@code sitePages} (the site's navigation, JSON)
     */
    public record Page(String title, String titleId, String description, String descriptionId,
                       String templateInstance, String authentication, Map<String, String> properties) {
        public Page {
            Objects.requireNonNull(templateInstance, "templateInstance");
            properties = Map.copyOf(properties);
        }
    }

    /** A component in a region of the dashboard page: a dashlet, the title or the navigation. */
    public record Component(String regionId, String url, Map<String, String> properties) {
        public Component {
            Objects.requireNonNull(regionId, "regionId");
            Objects.requireNonNull(url, "url");
            properties = Map.copyOf(properties);
        }
    }

    /** One file of a site's {@code surf-config} folder: its folder path below surf-config, its name, its text. */
    public record SurfConfigFile(List<String> folders, String name, String content) {
        public SurfConfigFile {
            folders = List.copyOf(folders);
        }
    }

    public SiteDashboardPreset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(page, "page");
        components = List.copyOf(components);
    }

    /**
     * The files Share reads for this site's dashboard through the repository's remote store
     * ({@code alfresco/site-data/pages/site/<id>/dashboard.xml} and
     * {@code alfresco/site-data/components/page.<region>.site~<id>~dashboard.xml}, both kept in the
     * site's {@code surf-config} folder).
     *
     * @throws IllegalArgumentException when the site id is not a Share site short name
     */
    public List<SurfConfigFile> surfConfig(String siteId) {
        if (siteId == null || !SITE_ID.matcher(siteId).matches()) {
            throw new IllegalArgumentException("Not a site short name: " + siteId);
        }
        String source = "site/" + siteId + "/dashboard";
        List<SurfConfigFile> files = new ArrayList<>();
        for (Component component : components) {
            String guid = "page." + component.regionId() + ".site~" + siteId + "~dashboard";
            StringBuilder xml = new StringBuilder(XML_DECLARATION).append("<component>\n");
            element(xml, "guid", guid);
            element(xml, "scope", "page");
            element(xml, "region-id", component.regionId());
            element(xml, "source-id", source);
            element(xml, "url", component.url());
            properties(xml, component.properties());
            files.add(new SurfConfigFile(List.of("components"), guid + ".xml", xml.append("</component>\n").toString()));
        }
        StringBuilder xml = new StringBuilder(XML_DECLARATION).append("<page>\n");
        element(xml, "title", page.title());
        element(xml, "title-id", page.titleId());
        element(xml, "description", page.description());
        element(xml, "description-id", page.descriptionId());
        element(xml, "authentication", page.authentication() == null ? "user" : page.authentication());
        element(xml, "template-instance", page.templateInstance());
        properties(xml, page.properties());
        files.add(new SurfConfigFile(List.of("pages", "site", siteId), "dashboard.xml", xml.append("</page>\n").toString()));
        return files;
    }

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n";

    private static void properties(StringBuilder xml, Map<String, String> properties) {
        if (properties.isEmpty()) {
            return;
        }
        xml.append("  <properties>\n");
        for (Map.Entry<String, String> property : new TreeMap<>(properties).entrySet()) {
            xml.append("  ");
            element(xml, property.getKey(), property.getValue());
        }
        xml.append("  </properties>\n");
    }

    private static void element(StringBuilder xml, String name, String value) {
        if (value != null) {
            xml.append("  <").append(name).append('>').append(escape(value)).append("</").append(name).append(">\n");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
