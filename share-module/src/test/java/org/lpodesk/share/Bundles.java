package org.lpodesk.share;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Message bundles read the way Surf reads them (properties files, UTF-8 tolerant). */
final class Bundles {

    private Bundles() {
    }

    static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> result = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> result.put(k, properties.getProperty(k)));
        return result;
    }

    /** The web script's own bundle: name.method.properties beside its descriptor, or null. */
    static Path webScriptBundle(Path webScriptFile) {
        String name = webScriptFile.getFileName().toString();
        int method = name.indexOf(".get.");
        if (method < 0) {
            return null;
        }
        Path bundle = webScriptFile.resolveSibling(name.substring(0, method) + ".get.properties");
        return Files.isRegularFile(bundle) ? bundle : null;
    }

    /**
     * Surf's message formatting (I18NUtil.getMessage): with arguments, a MessageFormat of the
     * arguments' text, so that '' is one apostrophe; without, the text as it stands.
     */
    static String format(String pattern, Object... arguments) {
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] text = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            text[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(pattern, Locale.US).format(text);
    }
}
