package org.lpodesk.alfresco.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * The module's files as the default build sees them: the adapter sources are not compiled here
 * (they need Alfresco's jars), so their facts are read from the source text.
 */
final class Sources {

    static final Path MODULE = Paths.get("").toAbsolutePath();
    static final Path RESOURCES = MODULE.resolve("src/main/resources");
    static final Path MODULE_RESOURCES = RESOURCES.resolve("alfresco/module/lpodesk-platform");
    static final Path ADAPTERS = MODULE.resolve("src/main/java");
    static final Path CORE = MODULE.resolveSibling("core").resolve("src/main/java");
    static final Path WEBSCRIPTS = RESOURCES.resolve("alfresco/extension/templates/webscripts");

    private Sources() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document xml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source file of a class in the adapters or in core, if there is one. */
    static Optional<Path> sourceOf(String className) {
        String relative = className.replace('.', '/') + ".java";
        for (Path root : List.of(ADAPTERS, CORE)) {
            Path p = root.resolve(relative);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Parameter counts of the class's public constructors (a class without one has the default). */
    static List<Integer> constructorArities(String className, Path source) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String text = read(source);
        List<Integer> arities = new ArrayList<>();
        // a record's header is its canonical constructor
        Matcher m = Pattern.compile("(?:public|record)\\s+" + Pattern.quote(simple) + "\\s*\\(").matcher(text);
        while (m.find()) {
            int depth = 0;
            int params = 0;
            boolean any = false;
            for (int i = m.end(); i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '<') {
                    depth++;
                } else if (c == '>') {
                    depth--;
                } else if (c == ')') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    params++;
                } else if (!Character.isWhitespace(c)) {
                    any = true;
                }
            }
            arities.add(any ? params + 1 : 0);
        }
        if (arities.isEmpty()) {
            arities.add(0);
        }
        return arities;
    }
}
