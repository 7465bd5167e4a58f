package org.lpodesk.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Finds Java code that reaches {@code org.alfresco} anywhere in a source tree except where the
 * default build never compiles it: {@code platform-module/src/main/java} (the adapters, compiled
 * only with -Palfresco) and modules that the root pom lists only in its {@code alfresco} profile
 * (in-container integration tests). Everything else (core, cmis-client, share-module, every
 * test of the default build, and any directory outside a module) is checked. Both import
 * statements and fully qualified names in code count; comments and string literals do not.
 */
final class AlfrescoImportScanner {

    static final Path ALLOWED = Path.of("platform-module", "src", "main", "java");

    private static final Pattern ALFRESCO_REFERENCE = Pattern.compile("\\borg\\s*\\.\\s*alfresco\\b");

    record Finding(Path file, int line, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + text.strip();
        }
    }

    private final Path root;
    private final List<Path> allowed;

    AlfrescoImportScanner(Path root) {
        this.root = root;
        List<Path> paths = new ArrayList<>();
        paths.add(ALLOWED);
        alfrescoProfileOnlyModules(root.resolve("pom.xml")).forEach(m -> paths.add(Path.of(m)));
        this.allowed = List.copyOf(paths);
    }

    /** Where org.alfresco may appear, relative to the project root. */
    List<Path> allowedRoots() {
        return allowed;
    }

    /** Modules listed in the root pom's alfresco profile and not in its default module list. */
    static List<String> alfrescoProfileOnlyModules(Path rootPom) {
        Document pom = parse(rootPom);
        Element project = pom.getDocumentElement();
        List<String> defaults = modules(firstChild(project, "modules"));
        List<String> result = new ArrayList<>();
        Element profiles = firstChild(project, "profiles");
        if (profiles != null) {
            for (Element profile : childElements(profiles, "profile")) {
                Element id = firstChild(profile, "id");
                if (id != null && id.getTextContent().trim().equals("alfresco")) {
                    modules(firstChild(profile, "modules")).stream().filter(m -> !defaults.contains(m))
                            .forEach(result::add);
                }
            }
        }
        return result;
    }

    /** Walks up from {@code start} to the directory whose pom.xml declares the project's modules. */
    static Path projectRoot(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<module>platform-module</module>")) {
                return dir;
            }
        }
        throw new IllegalStateException("no parent pom listing platform-module above " + start.toAbsolutePath());
    }

    List<Path> javaFilesChecked() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(Files::isRegularFile)
                    .filter(p -> !isExcluded(root.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (Path file : javaFilesChecked()) {
            String[] lines = codeOnly(read(file)).split("\n", -1);
            String[] original = read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = ALFRESCO_REFERENCE.matcher(lines[i]);
                if (m.find()) {
                    findings.add(new Finding(root.relativize(file), i + 1, original[i]));
                }
            }
        }
        return findings;
    }

    private boolean isExcluded(Path relative) {
        if (allowed.stream().anyMatch(relative::startsWith)) {
            return true;
        }
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The source with comments and string/char literals blanked out, line breaks kept, so that
     * a message or a Javadoc mentioning Alfresco is not mistaken for a dependency on it.
     */
    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blankKeepingNewlines(source, i, end, out);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                blankKeepingNewlines(source, i, end, out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = Math.min(j + 1, n);
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blankKeepingNewlines(String source, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            out.append(source.charAt(k) == '\n' ? '\n' : ' ');
        }
    }

    private static Document parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    private static List<String> modules(Element modules) {
        return modules == null ? List.of()
                : childElements(modules, "module").stream().map(e -> e.getTextContent().trim()).toList();
    }

    private static Element firstChild(Element parent, String localName) {
        List<Element> found = childElements(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> childElements(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
