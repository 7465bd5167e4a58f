package org.lpodesk.outsourcing.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.outsourcing.AttestationRules;
import org.lpodesk.outsourcing.TestEngagements;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.VendorAttestations;
import org.lpodesk.sharing.BulkThresholds;
import org.lpodesk.sharing.DataCategory;
import org.lpodesk.sharing.InMemoryBulkCounts;
import org.lpodesk.sharing.SharingPolicy;

/** The compliance page's facts: the policy's own verdict, the counts in the window, the same in CSV. */
class ComplianceOverviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Vendor VENDOR = TestEngagements.indiaVendor();

    private final InMemoryBulkCounts counts = new InMemoryBulkCounts();
    private VendorAttestations onFile = VendorAttestations.none(VENDOR.id());

    private ComplianceOverview overview() {
        SharingPolicy policy = new SharingPolicy(AttestationRules.defaults(),
                new BulkThresholds(Map.of(DataCategory.HEALTH, 10), 80, Period.ofMonths(12)));
        return new ComplianceOverview(policy, id -> onFile, counts);
    }

    @Test
    void aVendorWithoutAttestationsIsNotAllowedAndEveryMissingOneIsNamed() {
        VendorStanding s = overview().vendor(VENDOR, TODAY, Locale.ENGLISH);
        assertThat(s.sharingAllowed()).isFalse();
        assertThat(s.attestations().values()).allMatch(a -> a.status() == AttestationRules.Status.MISSING);
        assertThat(s.problems()).singleElement().asString()
                .contains("ownership attestation", "staff-residence attestation", "security attestation");
    }

    @Test
    void anExpiredAttestationIsNamedWithItsLastDayAndACoveredPersonStatementStopsRestrictedData() {
        onFile = new VendorAttestations(VENDOR.id(), List.of(
                new Attestation(AttestationKind.OWNERSHIP, TODAY.minusMonths(2), "R. Iyer", "att-1", null, true,
                        "55% held from a country of concern"),
                Attestation.clean(AttestationKind.STAFF_RESIDENCE, TODAY.minusMonths(1), "R. Iyer", "att-2"),
                Attestation.clean(AttestationKind.SECURITY, TODAY.minusMonths(12).minusDays(1), "R. Iyer", "att-3")));
        VendorStanding s = overview().vendor(VENDOR, TODAY, Locale.ENGLISH);
        assertThat(s.sharingAllowed()).isFalse();
        assertThat(s.restrictedDataAllowed()).isFalse();
        assertThat(s.attestations().get(AttestationKind.SECURITY).status()).isEqualTo(AttestationRules.Status.EXPIRED);
        assertThat(s.problems()).hasSize(2);
        assertThat(s.problems().get(0)).contains("security attestation", "must be renewed", "2026-12-03");
        assertThat(s.problems().get(1)).contains("covered person", "55% held", "28 CFR 202.211");
    }

    @Test
    void countsAreThoseOfTheWindowAndWarnFromTheWarningShare() {
        onFile = valid();
        counts.record(VENDOR.id(), DataCategory.HEALTH, Set.of("a", "b", "c", "d", "e", "f", "g"), TODAY.minusDays(3));
        counts.record(VENDOR.id(), DataCategory.HEALTH, Set.of("h"), TODAY.minusMonths(12));
        counts.record(VENDOR.id(), DataCategory.HEALTH, Set.of("old"), TODAY.minusMonths(12).minusDays(1));
        VendorStanding s = overview().vendor(VENDOR, TODAY, Locale.ENGLISH);
        assertThat(s.sharingAllowed()).isTrue();
        assertThat(s.restrictedDataAllowed()).isTrue();
        assertThat(s.problems()).isEmpty();
        VendorStanding.CategoryCount health = s.counts().stream()
                .filter(c -> c.category() == DataCategory.HEALTH).findFirst().orElseThrow();
        assertThat(health.persons()).isEqualTo(8);
        assertThat(health.limit()).isEqualTo(10);
        assertThat(health.warning()).isTrue();
        assertThat(health.percentOfLimit()).isEqualTo(80.0);
        assertThat(s.counts()).filteredOn(c -> c.category() != DataCategory.HEALTH)
                .allMatch(c -> c.persons() == 0 && !c.warning());
    }

    @Test
    void theJsonAndTheCsvCarryTheSameFactsAsCalendarDays() throws Exception {
        onFile = valid();
        counts.record(VENDOR.id(), DataCategory.HEALTH, Set.of("a"), TODAY);
        ComplianceOverview overview = overview();
        List<VendorStanding> vendors = overview.vendors(List.of(VENDOR), TODAY, Locale.ENGLISH);
        ComplianceJson json = new ComplianceJson(overview);
        Map<String, Object> page = json.page(vendors, TODAY);
        assertThat(page).containsEntry("today", "2026-12-04").containsEntry("windowStart", "2025-12-04")
                .containsEntry("defaultValidity", "P12M").containsEntry("defaultValidityText", "12 months").containsEntry("warningPercent", 80);
        @SuppressWarnings("unchecked")
        Map<String, Object> vendor = ((List<Map<String, Object>>) page.get("vendors")).get(0);
        assertThat(vendor).containsEntry("id", VENDOR.id()).containsEntry("sharingAllowed", true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attestations = (List<Map<String, Object>>) vendor.get("attestations");
        assertThat(attestations).extracting(a -> a.get("kind"))
                .containsExactly("OWNERSHIP", "STAFF_RESIDENCE", "SECURITY");
        assertThat(attestations.get(0)).containsEntry("signedOn", "2026-11-04")
                .containsEntry("lastValidDay", "2027-11-04").containsEntry("status", "VALID");

        StringBuilder csv = new StringBuilder();
        json.csv(vendors, TODAY, csv);
        String[] lines = csv.toString().split("\r\n");
        assertThat(lines[0]).startsWith("vendor,vendor name,country,sharing allowed,attestation,status");
        assertThat(lines[1]).startsWith(VENDOR.id() + ",").contains(",OWNERSHIP,VALID,2026-11-04,R. Iyer,att-1,2027-11-04,");
        assertThat(csv.toString()).contains(VENDOR.id() + "," + VENDOR.name() + ",HEALTH,1,10,10.0,false,2025-12-04");
    }

    @Test
    void aCoveredPersonMayReceiveDocumentsButNoRestrictedData() {
        onFile = valid().with(new Attestation(AttestationKind.STAFF_RESIDENCE, TODAY.minusDays(1), "R. Iyer", "att-4",
                null, true, "two associates live in a country of concern"));
        VendorStanding s = overview().vendor(VENDOR, TODAY, Locale.ENGLISH);
        assertThat(s.sharingAllowed()).isTrue();
        assertThat(s.restrictedDataAllowed()).isFalse();
        assertThat(s.problems()).singleElement().asString().contains("No restricted personal data", "two associates");
    }

    @Test
    void aValidityReadsAsTheFirmSaysIt() {
        assertThat(ComplianceJson.readable(Period.ofMonths(12))).isEqualTo("12 months");
        assertThat(ComplianceJson.readable(Period.of(1, 6, 0))).isEqualTo("1 year, 6 months");
        assertThat(ComplianceJson.readable(Period.ofDays(1))).isEqualTo("1 day");
    }

    private static VendorAttestations valid() {
        return new VendorAttestations(VENDOR.id(), List.of(
                Attestation.clean(AttestationKind.OWNERSHIP, TODAY.minusMonths(1), "R. Iyer", "att-1"),
                Attestation.clean(AttestationKind.STAFF_RESIDENCE, TODAY.minusMonths(1), "R. Iyer", "att-2"),
                Attestation.clean(AttestationKind.SECURITY, TODAY.minusMonths(1), "R. Iyer", "att-3")));
    }
}
