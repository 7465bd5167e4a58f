package org.lpodesk.share;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the Share module's resources and the platform resources they depend on live. Maven passes
 * both paths to the tests; run from an IDE the defaults are relative to share-module/.
 */
final class ShareModule {

    static final Path SHARE = Paths.get(System.getProperty("lpodesk.share.resources", "src/main/resources"));
    static final Path PLATFORM = Paths.get(System.getProperty("lpodesk.platform.resources",
            "../platform-module/src/main/resources"));

    static final Path WEB_EXTENSION = SHARE.resolve("alfresco/web-extension");
    static final Path SITE_WEBSCRIPTS = WEB_EXTENSION.resolve("site-webscripts");
    static final Path CLIENT_RESOURCES = SHARE.resolve("META-INF/resources");
    static final Path GLOBAL_BUNDLE = WEB_EXTENSION.resolve("messages/lpodesk-share.properties");
    static final Path SPRING_CONTEXT = WEB_EXTENSION.resolve("lpodesk-share-slingshot-application-context.xml");
    static final Path SHARE_CONFIG_CUSTOM = SHARE.resolve("META-INF/share-config-custom.xml");
    static final Path FORM_CONFIG = WEB_EXTENSION.resolve("lpodesk-share/lpodesk-form-config.xml");
    static final Path WORKFLOW_FORM_CONFIG = WEB_EXTENSION.resolve("lpodesk-share/lpodesk-workflow-form-config.xml");
    static final Path EXTENSION_MODULE = WEB_EXTENSION.resolve("site-data/extensions/lpodesk-share-extension.xml");
    static final Path PRESETS = WEB_EXTENSION.resolve("site-data/presets/lpodesk-presets.xml");

    static final Path PLATFORM_MODULE = PLATFORM.resolve("alfresco/module/lpodesk-platform");
    static final Path IMM_MODEL = PLATFORM_MODULE.resolve("model/immigration-model.xml");
    static final Path WORKFLOW_MODEL = PLATFORM_MODULE.resolve("model/workflow-model.xml");
    static final Path IMM_BUNDLE = PLATFORM_MODULE.resolve("messages/immigration-model.properties");
    static final Path WORKFLOW_BUNDLE = PLATFORM_MODULE.resolve("messages/workflow-model.properties");
    static final Path WORKFLOW_DIR = PLATFORM_MODULE.resolve("workflow");
    static final Path REPO_WEBSCRIPTS = PLATFORM.resolve("alfresco/extension/templates/webscripts");

    private ShareModule() {
    }

    /** Every configuration file Share reads from this module (alfresco-config roots). */
    static List<Path> configFiles() {
        return List.of(SHARE_CONFIG_CUSTOM, FORM_CONFIG, WORKFLOW_FORM_CONFIG);
    }

    static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records what a check covered in target/share-checks/NAME.txt (the counts quoted in the README). */
    static void report(String name, String text) {
        try {
            Path dir = Paths.get("target/share-checks");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".txt"), text + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path file) {
        return SHARE.relativize(file).toString().replace('\\', '/');
    }

    static Dictionary dictionary() {
        try {
            Path stock = Paths.get(ShareModule.class.getResource("alfresco-stock-dictionary.xml").toURI());
            return Dictionary.load(List.of(stock, IMM_MODEL, WORKFLOW_MODEL));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
