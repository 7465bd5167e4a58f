package org.lpodesk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner itself, on throw-away project trees: it does catch what it must. */
class AlfrescoImportScannerTest {

    @TempDir
    Path root;

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static final String POM = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modules>"
            + "<module>core</module><module>platform-module</module></modules><profiles>"
            + "<profile><id>alfresco</id><modules><module>integration-tests</module><module>core</module></modules></profile>"
            + "<profile><id>other</id><modules><module>extra</module></modules></profile></profiles></project>";

    private AlfrescoImportScanner scanner() throws IOException {
        write("pom.xml", POM);
        return new AlfrescoImportScanner(root);
    }

    @Test
    void catchesImportsAndQualifiedNamesOutsideThePlatformAdapters() throws IOException {
        write("core/src/main/java/org/lpodesk/cases/A.java", "package x;\nimport org.alfresco.service.namespace.QName;\n");
        write("core/src/test/java/org/lpodesk/B.java", "package x;\n\nimport static org.alfresco.model.ContentModel.TYPE_FOLDER;\n");
        write("cmis-client/src/main/java/C.java", "class C { Object q = new org.alfresco.util.Pair<>(1, 2); }\n");
        write("platform-module/src/test/java/D.java", "class D {\n  org . alfresco.repo.X x;\n}\n");

        assertThat(scanner().findings()).extracting(f -> f.file().toString().replace('\\', '/') + ":" + f.line())
                .containsExactlyInAnyOrder("cmis-client/src/main/java/C.java:1",
                        "core/src/main/java/org/lpodesk/cases/A.java:2", "core/src/test/java/org/lpodesk/B.java:3",
                        "platform-module/src/test/java/D.java:2");
    }

    @Test
    void allowsThePlatformAdaptersBuildOutputCommentsAndStrings() throws IOException {
        write("platform-module/src/main/java/org/lpodesk/alfresco/cases/Adapter.java",
                "import org.alfresco.service.cmr.repository.NodeService;\n");
        write("core/target/generated-sources/G.java", "import org.alfresco.X;\n");
        write("core/src/main/java/Doc.java", "/** Like org.alfresco.repo.X\n * import org.alfresco.Y; */\n"
                + "class Doc { // org.alfresco.Z\n String s = \"org.alfresco.W\"; char c = '\"'; String t = \"\"\"\n"
                + "   import org.alfresco.V;\n   \"\"\"; }\n");
        write("core/src/main/java/Alfrescoish.java", "import org.alfrescofake.X; import org.lpodesk.alfresco.Y;\n");

        assertThat(scanner().findings()).isEmpty();
        assertThat(scanner().javaFilesChecked()).hasSize(2);
    }

    @Test
    void modulesBuiltOnlyWithTheAlfrescoProfileMayUseAlfrescoOthersMayNot() throws IOException {
        write("integration-tests/src/test/java/It.java", "import org.alfresco.rad.test.AbstractAlfrescoIT;\n");
        write("extra/src/test/java/E.java", "import org.alfresco.rad.test.AbstractAlfrescoIT;\n");
        write("core/src/test/java/C.java", "import org.alfresco.rad.test.AbstractAlfrescoIT;\n");
        AlfrescoImportScanner scanner = scanner();

        assertThat(scanner.allowedRoots()).containsExactly(Path.of("platform-module/src/main/java"),
                Path.of("integration-tests"));
        assertThat(scanner.findings()).extracting(f -> f.file().toString().replace('\\', '/'))
                .containsExactlyInAnyOrder("extra/src/test/java/E.java", "core/src/test/java/C.java");
    }

    @Test
    void findsTheProjectRootFromAModuleDirectory() throws IOException {
        scanner();
        Files.createDirectories(root.resolve("platform-module"));
        write("platform-module/pom.xml", "<project><parent/></project>");

        assertThat(AlfrescoImportScanner.projectRoot(root.resolve("platform-module"))).isEqualTo(root.toAbsolutePath());
    }

    @Test
    void saysSoWhenThereIsNoProjectRoot() {
        assertThatThrownBy(() -> AlfrescoImportScanner.projectRoot(root)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no parent pom listing platform-module");
    }
}
