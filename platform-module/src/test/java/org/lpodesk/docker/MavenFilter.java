package org.lpodesk.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the root pom's alfresco profile does to docker/: every {@code @name@} whose name is a
 * property is replaced by its value. Maven leaves an unknown name as it is, which would ship a
 * literal {@code @typo@} into an image tag; {@link #unresolved} finds those (outside comments).
 */
final class MavenFilter {

    private static final Pattern TOKEN = Pattern.compile("@([A-Za-z0-9_.-]+)@");

    private final Map<String, String> properties;

    MavenFilter(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
    }

    String filter(String text) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = properties.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code @name@} tokens with no such property, on lines that are not '#' comments. */
    List<String> unresolved(String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("#")) {
                continue;
            }
            Matcher m = TOKEN.matcher(lines[i]);
            while (m.find()) {
                if (!properties.containsKey(m.group(1))) {
                    found.add("line " + (i + 1) + ": " + m.group());
                }
            }
        }
        return found;
    }

    /** The property names a text refers to with {@code @name@}, on lines that are not comments. */
    List<String> referencedProperties(String text) {
        List<String> names = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = TOKEN.matcher(line);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
