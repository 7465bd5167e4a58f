package org.lpodesk.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.outsourcing.TestEngagements.KOLKATA;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VendorTest {

    private static Vendor vendor(String id, String name, String country) {
        return new Vendor(id, name, country, KOLKATA, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));
    }

    @Test
    void siteAndGroupNamesDeriveFromTheId() {
        Vendor v = vendor("acme-lpo", "Acme", "IN");
        assertThat(v.siteShortName()).isEqualTo("lpo-acme-lpo");
        assertThat(v.siteShortName("vendor-")).isEqualTo("vendor-acme-lpo");
        assertThat(v.managersGroup()).isEqualTo("GROUP_LPO_ACME_LPO_MANAGERS");
        assertThat(v.associatesGroup()).isEqualTo("GROUP_LPO_ACME_LPO_ASSOCIATES");
        assertThat(v.reviewersGroup()).isEqualTo("GROUP_LPO_ACME_LPO_REVIEWERS");
        assertThat(v.groups()).containsExactly("GROUP_LPO_ACME_LPO_MANAGERS", "GROUP_LPO_ACME_LPO_ASSOCIATES",
                "GROUP_LPO_ACME_LPO_REVIEWERS");
    }

    @Test
    void theNameIsTrimmed() {
        assertThat(vendor("ab", "  Acme  ", "IN").name()).isEqualTo("Acme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "a", "Acme", "acme_lpo", "acme lpo", "acme.lpo", "abcdefghijklmnopqrstuvwxyz12345", ""})
    void anInvalidIdIsRejectedNamingIt(String id) {
        assertThatThrownBy(() -> vendor(id, "Acme", "IN"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Vendor id \"" + id + "\" is invalid: use 2 to 30 lowercase letters, digits or hyphens"
                        + " (for example \"acme-lpo\").");
    }

    @Test
    void aMissingIdIsRejected() {
        assertThatThrownBy(() -> vendor(null, "Acme", "IN")).hasMessageStartingWith("Vendor id \"null\" is invalid");
    }

    @Test
    void idsAtTheLengthLimitsAreAccepted() {
        assertThat(vendor("ab", "x", "IN").id()).isEqualTo("ab");
        assertThat(vendor("abcdefghijklmnopqrstuvwxyz1234", "x", "IN").id()).hasSize(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"in", "IND", "XX", "", "India"})
    void aCountryThatIsNotAnIsoAlpha2CodeIsRejected(String country) {
        assertThatThrownBy(() -> vendor("acme", "Acme", country))
                .hasMessage("Vendor \"acme\": country \"" + country + "\" is not an ISO 3166-1 alpha-2 code"
                        + " (two upper-case letters, for example IN).");
    }

    @Test
    void aBlankNameAMissingZoneAndABadSitePrefixAreRejected() {
        assertThatThrownBy(() -> vendor("acme", " ", "IN")).hasMessage("Vendor \"acme\" has no name.");
        assertThatThrownBy(() -> vendor("acme", "x".repeat(201), "IN"))
                .hasMessage("The name of vendor \"acme\" is longer than 200 characters.");
        assertThatThrownBy(() -> new Vendor("acme", "Acme", "IN", null, null, null))
                .hasMessage("Vendor \"acme\" has no time zone.");
        assertThatThrownBy(() -> vendor("acme", "Acme", "IN").siteShortName("LPO_"))
                .hasMessage("Site prefix \"LPO_\" is invalid: use up to 30 lowercase letters, digits or hyphens.");
    }

    @Test
    void aVendorMayBeRecordedBeforeItsChecksAreDone() {
        Vendor v = new Vendor("acme", "Acme", "IN", KOLKATA, null, null);
        assertThat(v.dueDiligenceDate()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN", "HK", "MO", "CU", "IR", "KP", "RU", "VE"})
    void vendorsInACountryOfConcernAreFlagged(String country) {
        assertThat(vendor("v1", "V", country).inCountryOfConcern()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"IN", "PH", "US", "GB", "TW", "UA"})
    void vendorsElsewhereAreNot(String country) {
        assertThat(vendor("v1", "V", country).inCountryOfConcern()).isFalse();
    }
}
