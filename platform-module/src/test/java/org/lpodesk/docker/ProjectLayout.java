package org.lpodesk.docker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The project's root folder and what its poms declare, as the Docker stack's checks need them.
 * Tests run with platform-module as the working directory; the root is the nearest folder above
 * that holds run.sh and docker/.
 */
final class ProjectLayout {

    private final Path root;

    private ProjectLayout(Path root) {
        this.root = root;
    }

    static ProjectLayout find() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("run.sh")) && Files.isDirectory(p.resolve("docker"))
                    && Files.isRegularFile(p.resolve("pom.xml"))) {
                return new ProjectLayout(p);
            }
        }
        throw new IllegalStateException("no folder at or above " + dir + " holds run.sh, docker/ and pom.xml");
    }

    Path root() {
        return root;
    }

    Path resolve(String relative) {
        return root.resolve(relative);
    }

    String read(String relative) {
        try {
            return Files.readString(root.resolve(relative));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + relative, e);
        }
    }

    Document rootPom() {
        return parse("pom.xml");
    }

    /**
     * The root pom's {@code <properties>}, plus {@code project.version} and
     * {@code project.artifactId}: what Maven's filtering of docker/ can use.
     */
    Map<String, String> rootProperties() {
        Document pom = rootPom();
        Map<String, String> props = new LinkedHashMap<>();
        Element project = pom.getDocumentElement();
        props.put("project.version", childText(project, "version"));
        props.put("project.artifactId", childText(project, "artifactId"));
        Element properties = child(project, "properties");
        for (Node n = properties.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                props.put(e.getTagName(), e.getTextContent().trim());
            }
        }
        return props;
    }

    /** The artifactId a module's pom declares, e.g. {@code lpodesk-platform}. */
    String moduleArtifactId(String moduleDir) {
        return childText(parse(moduleDir + "/pom.xml").getDocumentElement(), "artifactId");
    }

    Document parse(String relative) {
        try (InputStream in = Files.newInputStream(root.resolve(relative))) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot parse " + relative, e);
        }
    }

    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new IllegalStateException("<" + parent.getTagName() + "> has no <" + name + ">");
    }

    static String childText(Element parent, String name) {
        return child(parent, name).getTextContent().trim();
    }
}
