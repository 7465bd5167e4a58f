package org.lpodesk.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.lpodesk.cases.numbering.CaseNumber;
import org.lpodesk.deadline.DeadlineSettings;
import org.lpodesk.outsourcing.Vendor;

/**
 * The module's tunables are ones core really reads, with values core accepts: a misspelt key in
 * alfresco-global.properties would silently leave the default in force.
 */
class ModuleTunablesTest {

    private static Properties tunables() throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(Sources.MODULE_RESOURCES.resolve("alfresco-global.properties"))) {
            props.load(in);
        }
        return props;
    }

    @Test
    void deadlineKeysAreDeadlineSettingsAndTheirValuesAreAccepted() throws IOException {
        Properties props = tunables();
        assertThat(props.stringPropertyNames()).filteredOn(k -> k.startsWith("lpodesk.deadline."))
                .isNotEmpty().allSatisfy(k -> assertThat(DeadlineSettings.defaultProperties()).containsKey(k));
        DeadlineSettings settings = DeadlineSettings.fromProperties(props);
        assertThat(settings.vendorPolicy().reviewBufferBusinessDays())
                .isEqualTo(Integer.parseInt(props.getProperty(DeadlineSettings.REVIEW_BUFFER_KEY)));
    }

    @Test
    void firmZoneCasePrefixAndVendorSitePrefixAreValid() throws IOException {
        Properties props = tunables();
        assertThat(ZoneId.of(props.getProperty("lpodesk.firm.zone"))).isNotNull();
        assertThat(new CaseNumber(props.getProperty("lpodesk.caseNumber.prefix"), 2026, 1).toString())
                .startsWith(props.getProperty("lpodesk.caseNumber.prefix") + "-2026-");
        Vendor acme = new Vendor("acme", "Acme", "IN", ZoneId.of("Asia/Kolkata"), null, null);
        assertThat(acme.siteShortName(props.getProperty("lpodesk.vendor.sitePrefix"))).isEqualTo("lpo-acme");
        int lead = Integer.parseInt(props.getProperty("lpodesk.outsourcing.reminderLeadHours"));
        assertThat(lead).isBetween(1, 720);
    }
}
