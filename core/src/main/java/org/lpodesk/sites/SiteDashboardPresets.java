package org.lpodesk.sites;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Site dashboard presets read from a file in Share's preset format ({@code <presets><preset id>
 * <components>…<pages>}), the format of the Share module's own presets, so that a dashboard the
 * repository writes and one Share's create-site dialog writes come from the same description.
 * Only what a site dashboard needs is accepted; anything else is refused with the preset named.
 */
public final class SiteDashboardPresets {

    static final String DASHBOARD = "site/${siteid}/dashboard";

    private final Map<String, SiteDashboardPreset> presets;

    private SiteDashboardPresets(Map<String, SiteDashboardPreset> presets) {
        this.presets = Map.copyOf(presets);
    }

    /**
     * @param name how errors name the file
     * @throws IllegalArgumentException naming the preset and what is wrong
     */
    public static SiteDashboardPresets read(InputStream xml, String name) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(xml).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException(name + " is not a readable presets file: " + e.getMessage(), e);
        }
        if (!root.getTagName().equals("presets")) {
            throw new IllegalArgumentException(name + ": the root element is <" + root.getTagName() + ">, not <presets>");
        }
        Map<String, SiteDashboardPreset> presets = new LinkedHashMap<>();
        for (Element preset : children(root, "preset")) {
            String id = preset.getAttribute("id");
            if (id.isBlank() || presets.containsKey(id)) {
                throw new IllegalArgumentException(name + ": preset id '" + id + "' is empty or repeated");
            }
            presets.put(id, preset(preset, name + ", preset " + id));
        }
        return new SiteDashboardPresets(presets);
    }

    public Optional<SiteDashboardPreset> preset(String id) {
        return Optional.ofNullable(presets.get(id));
    }

    public Set<String> ids() {
        return presets.keySet();
    }

    private static SiteDashboardPreset preset(Element preset, String where) {
        List<SiteDashboardPreset.Component> components = new ArrayList<>();
        Set<String> regions = new HashSet<>();
        for (Element list : children(preset, "components")) {
            for (Element component : children(list, "component")) {
                String region = text(component, "region-id");
                if (!"page".equals(text(component, "scope")) || !DASHBOARD.equals(text(component, "source-id"))) {
                    throw new IllegalArgumentException(where + ": component " + region
                            + " must have scope 'page' and source-id '" + DASHBOARD + "'");
                }
                if (region == null || text(component, "url") == null || !regions.add(region)) {
                    throw new IllegalArgumentException(where + ": a component without region-id or url, or region "
                            + region + " twice");
                }
                components.add(new SiteDashboardPreset.Component(region, text(component, "url"), properties(component)));
            }
        }
        List<Element> pages = new ArrayList<>();
        children(preset, "pages").forEach(p -> pages.addAll(children(p, "page")));
        if (pages.size() != 1 || !DASHBOARD.equals(pages.get(0).getAttribute("id"))) {
            throw new IllegalArgumentException(where + ": expected one page, '" + DASHBOARD + "'");
        }
        Element page = pages.get(0);
        if (text(page, "template-instance") == null) {
            throw new IllegalArgumentException(where + ": the dashboard page has no template-instance");
        }
        return new SiteDashboardPreset(preset.getAttribute("id"), new SiteDashboardPreset.Page(text(page, "title"),
                text(page, "title-id"), text(page, "description"), text(page, "description-id"),
                text(page, "template-instance"), text(page, "authentication"), properties(page)), components);
    }

    private static Map<String, String> properties(Element parent) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element container : children(parent, "properties")) {
            for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element property) {
                    properties.put(property.getTagName(), property.getTextContent().strip());
                }
            }
        }
        return properties;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().strip();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                result.add(e);
            }
        }
        return result;
    }
}
