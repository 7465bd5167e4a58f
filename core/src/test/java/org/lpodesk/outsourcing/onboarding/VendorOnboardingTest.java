package org.lpodesk.outsourcing.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.outsourcing.VendorRole;

class VendorOnboardingTest {

    private static Map<String, Object> body() {
        Map<String, Object> m = new HashMap<>();
        m.put("id", "acme-legal");
        m.put("name", "Acme Legal Services");
        m.put("country", "IN");
        m.put("zone", "Asia/Kolkata");
        return m;
    }

    @Test
    void planNamesTheSiteTheGroupsAndTheirRoles() {
        VendorOnboarding plan = VendorOnboarding.plan(RequestArguments.of(body()), "lpo-");
        assertThat(plan.siteShortName()).isEqualTo("lpo-acme-legal");
        assertThat(plan.group(VendorRole.MANAGERS)).isEqualTo("GROUP_LPO_ACME_LEGAL_MANAGERS");
        assertThat(plan.groupShortName(VendorRole.REVIEWERS)).isEqualTo("LPO_ACME_LEGAL_REVIEWERS");
        assertThat(plan.groupSiteRoles()).containsEntry(VendorRole.MANAGERS, "SiteCollaborator")
                .containsEntry(VendorRole.ASSOCIATES, "SiteConsumer").containsEntry(VendorRole.REVIEWERS, "SiteConsumer");
        assertThat(plan.siteTitle(Locale.ROOT)).contains("Acme Legal Services");
        assertThat(plan.duplicateMessage("site lpo-acme-legal")).contains("acme-legal").contains("Nothing was created");
    }

    @Test
    void malformedVendorsAreRefusedNamingTheField() {
        Map<String, Object> badId = body();
        badId.put("id", "Acme Legal");
        assertThatThrownBy(() -> VendorOnboarding.plan(RequestArguments.of(badId), "lpo-"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Acme Legal");
        Map<String, Object> badZone = body();
        badZone.put("zone", "India");
        assertThatThrownBy(() -> VendorOnboarding.plan(RequestArguments.of(badZone), "lpo-"))
                .hasMessageContaining("'India'");
        Map<String, Object> noCountry = body();
        noCountry.remove("country");
        assertThatThrownBy(() -> VendorOnboarding.plan(RequestArguments.of(noCountry), "lpo-"))
                .hasMessage("The argument 'country' is required.");
    }
}
