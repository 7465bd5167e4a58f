package org.lpodesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message key the web-API packages ask for is in their bundle: a missing key would turn a
 * clear 400 into a MissingResourceException.
 */
class MessageKeysTest {

    private static final Path SOURCES = Paths.get("src/main/java/org/lpodesk");
    private static final Path BUNDLES = Paths.get("src/main/resources/org/lpodesk");

    /** source folder → bundle it formats from, and the call whose first literal is a key. */
    private static final Map<String, String> PACKAGES = Map.of(
            "api", "api/messages.properties",
            "outsourcing/onboarding", "outsourcing/onboarding/messages.properties",
            "outsourcing/start", "api/messages.properties",
            "cases/numbering", "cases/numbering/messages.properties");

    private static final Pattern CALL = Pattern.compile(
            "(?:ApiMessages\\.format|invalid|message)\\(\\s*(?:\\w+,\\s*)?\"([a-zA-Z.]+)\"");

    @Test
    void everyKeyUsedIsInItsBundle() throws IOException {
        int keys = 0;
        for (Map.Entry<String, String> e : PACKAGES.entrySet()) {
            Properties bundle = new Properties();
            try (InputStream in = Files.newInputStream(BUNDLES.resolve(e.getValue()))) {
                bundle.load(in);
            }
            try (var files = Files.list(SOURCES.resolve(e.getKey()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = CALL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        String key = m.group(1);
                        if (key.endsWith(".")) {
                            continue; // a computed key's prefix, e.g. message("engagement." + key)
                        }
                        String prefixed = file.getFileName().toString().equals("EngagementTerms.java") ? "engagement." + key
                                : file.getFileName().toString().equals("CaseNumber.java") ? "caseNumber." + key : key;
                        assertThat(bundle).as("%s uses %s", file.getFileName(), prefixed).containsKey(prefixed);
                        keys++;
                    }
                }
            }
        }
        assertThat(keys).isGreaterThan(15);
    }
}
