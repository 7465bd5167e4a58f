package org.lpodesk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lpodesk.sites.SiteDashboardPresets;

/**
 * The repository creates vendor sites with the preset named in its module properties; Share's
 * vendor-site dashboard and the evaluators that keep firm actions out of vendor sites only apply
 * when that preset is the one this module defines.
 */
class VendorSitePresetTest {

    @Test
    void repositoryCreatesVendorSitesWithTheSharePresetOfThisModule() throws IOException {
        Properties repository = new Properties();
        Path global = ShareModule.PLATFORM.resolve("alfresco/module/lpodesk-platform/alfresco-global.properties");
        try (Reader in = Files.newBufferedReader(global, StandardCharsets.UTF_8)) {
            repository.load(in);
        }
        String presets = Files.readString(
                ShareModule.WEB_EXTENSION.resolve("site-data/presets/lpodesk-presets.xml"), StandardCharsets.UTF_8);
        Matcher ids = Pattern.compile("<preset id=\"([^\"]+)\"").matcher(presets);
        assertThat(ids.find()).as("a preset in lpodesk-presets.xml").isTrue();

        assertThat(repository.getProperty("lpodesk.vendor.sitePreset"))
                .as("lpodesk.vendor.sitePreset in %s", global)
                .isEqualTo(ids.group(1));
    }

    /**
     * A vendor site the repository creates (onboarding, demo) gets the dashboard the repository
     * writes; one created in Share gets Share's preset. Both must be the same dashboard.
     */
    @Test
    void theDashboardTheRepositoryWritesIsShareModulesPreset() throws IOException {
        Path repositoryFile = ShareModule.PLATFORM_MODULE.resolve("sites/site-dashboards.xml");
        SiteDashboardPresets repository;
        SiteDashboardPresets share;
        try (InputStream in = Files.newInputStream(repositoryFile)) {
            repository = SiteDashboardPresets.read(in, repositoryFile.toString());
        }
        try (InputStream in = Files.newInputStream(ShareModule.PRESETS)) {
            share = SiteDashboardPresets.read(in, ShareModule.PRESETS.toString());
        }
        assertThat(share.ids()).isNotEmpty();
        for (String id : share.ids()) {
            assertThat(repository.preset(id)).as("the repository's dashboard for preset " + id).contains(share.preset(id).get());
        }
    }
}
