package org.lpodesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The default build cannot see Alfresco's artifacts, and core must stay free of them: only
 * platform-module/src/main/java and modules listed solely in the root pom's alfresco profile
 * (both compiled only with -Palfresco) may use org.alfresco. This scans the whole project (core,
 * cmis-client, share-module, every test of the default build, any module added later).
 */
class NoAlfrescoImportsTest {

    @Test
    void onlyPlatformAdaptersUseOrgAlfresco() {
        Path root = AlfrescoImportScanner.projectRoot(Path.of(""));
        AlfrescoImportScanner scanner = new AlfrescoImportScanner(root);

        // the scan must cover real sources, this file among them
        assertThat(scanner.javaFilesChecked()).contains(
                root.resolve("platform-module/src/test/java/org/lpodesk/build/NoAlfrescoImportsTest.java"));
        assertThat(scanner.javaFilesChecked()).anyMatch(p -> root.relativize(p).startsWith("core"));

        List<AlfrescoImportScanner.Finding> findings = scanner.findings();
        assertThat(findings).as("org.alfresco used outside %s", scanner.allowedRoots()).isEmpty();
    }
}
