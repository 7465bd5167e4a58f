package org.lpodesk.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.sharing.ConfidentialityLevel.CONFIDENTIAL;
import static org.lpodesk.sharing.ConfidentialityLevel.RESTRICTED_PII;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.TestEngagements;
import org.lpodesk.outsourcing.VendorAttestations;

/** The attestation and bulk-data rules of the sharing policy (28 CFR 202.205 and 202.211). */
class SharingComplianceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final CaseConsent WITH_PII = new CaseConsent("jdoe", Instant.parse("2026-02-02T15:00:00Z"),
            ConsentScope.DOCUMENTS_AND_RESTRICTED_PII);
    private static final Engagement INDIA = TestEngagements.standard(TestEngagements.indiaVendor());

    private static final DocumentRef LETTER = new DocumentRef("d1", "employer-letter.pdf", CONFIDENTIAL);
    private static final DocumentRef PASSPORT = new DocumentRef("d2", "passport.pdf", RESTRICTED_PII,
            DataCategory.PERSONAL_IDENTIFIERS, Set.of("p1"));
    private static final DocumentRef TAX = new DocumentRef("d3", "tax-return-2025.pdf", CONFIDENTIAL,
            DataCategory.FINANCIAL, Set.of("p1", "p2"));

    private final SharingPolicy policy = new SharingPolicy();

    static VendorAttestations allClean(LocalDate signed) {
        return new VendorAttestations("acme-lpo", List.of(
                Attestation.clean(AttestationKind.OWNERSHIP, signed, "R. Iyer, CEO", "att-1"),
                Attestation.clean(AttestationKind.STAFF_RESIDENCE, signed, "R. Iyer, CEO", "att-2"),
                Attestation.clean(AttestationKind.SECURITY, signed, "R. Iyer, CEO", "att-3")));
    }

    private SharingDecision decide(VendorAttestations attestations, Map<DataCategory, VendorCompliance.BulkCount> counts,
                                   DocumentRef... documents) {
        return policy.decide(new SharingRequest(WITH_PII, List.of(documents), INDIA, TaskKind.RFE_RESPONSE,
                "needed for the I-485", new VendorCompliance(TODAY, attestations, counts)));
    }

    private static Map<DataCategory, VendorCompliance.BulkCount> counted(DataCategory category, int persons,
                                                                         String... already) {
        return Map.of(category, new VendorCompliance.BulkCount(persons, Set.of(already)));
    }

    @Test
    void withEveryAttestationValidAndNoCountNearALimitTheShareIsAllowed() {
        SharingDecision d = decide(allClean(TODAY.minusMonths(2)), Map.of(), LETTER, PASSPORT, TAX);
        assertThat(d.allowed()).isTrue();
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void missingAttestationsRefuseEveryDocumentNamingEachOne() {
        VendorAttestations onlyOwnership = new VendorAttestations("acme-lpo",
                List.of(Attestation.clean(AttestationKind.OWNERSHIP, TODAY.minusDays(3), "R. Iyer", "att-1")));
        SharingDecision d = decide(onlyOwnership, Map.of(), LETTER);
        assertThat(d.reasons()).containsExactly(RefusalReason.ATTESTATION_MISSING);
        assertThat(d.refused().get(0).refusals().get(0).message()).isEqualTo("\"employer-letter.pdf\" cannot be"
                + " shared: vendor \"acme-lpo\" has no valid staff-residence attestation (no staff primarily resident"
                + " in a country of concern), security attestation (encryption, access control, training) on file.");
        assertThat(d.summary()).contains("Vendor \"acme-lpo\" has no valid staff-residence attestation");
    }

    @Test
    void anExpiredAttestationIsNamedWithItsLastDay() {
        VendorAttestations on = allClean(TODAY.minusMonths(2)).with(
                Attestation.clean(AttestationKind.SECURITY, LocalDate.of(2025, 1, 10), "R. Iyer", "att-old"));
        VendorAttestations expired = new VendorAttestations("acme-lpo", List.of(
                on.latest(AttestationKind.OWNERSHIP).orElseThrow(),
                on.latest(AttestationKind.STAFF_RESIDENCE).orElseThrow(),
                Attestation.clean(AttestationKind.SECURITY, LocalDate.of(2025, 1, 10), "R. Iyer", "att-old")));
        SharingDecision d = decide(expired, Map.of(), LETTER);
        assertThat(d.reasons()).containsExactly(RefusalReason.ATTESTATION_EXPIRED);
        assertThat(d.summary()).isEqualTo("These documents cannot be shared with this vendor for this task. The"
                + " security attestation (encryption, access control, training), which expired after 2026-01-10 of"
                + " vendor \"acme-lpo\" must be renewed before sharing (documents: employer-letter.pdf).");
    }

    @Test
    void anAttestationSignedOnTheDayItIsCheckedAgainstCountsAndAFutureOneDoesNot() {
        assertThat(decide(allClean(TODAY), Map.of(), LETTER).allowed()).isTrue();
        assertThat(decide(allClean(TODAY.plusDays(1)), Map.of(), LETTER).reasons())
                .containsExactly(RefusalReason.ATTESTATION_MISSING);
    }

    @Test
    void aVendorAttestingCoveredPersonStatusGetsNoRestrictedDataButOtherDocuments() {
        VendorAttestations covered = allClean(TODAY.minusMonths(1)).with(new Attestation(AttestationKind.OWNERSHIP,
                TODAY.minusDays(1), "R. Iyer", "att-9", null, true, "60% held by a Hong Kong holding company"));
        SharingDecision d = decide(covered, Map.of(), LETTER, PASSPORT, TAX);
        assertThat(d.shareable()).containsExactly(LETTER);
        assertThat(d.reasons()).containsExactly(RefusalReason.RESTRICTED_DATA_TO_COVERED_PERSON);
        assertThat(d.summary()).contains("Vendor \"acme-lpo\" attests that it is a covered person (ownership"
                + " attestation (no 50% or more ownership from a country of concern): 60% held by a Hong Kong holding"
                + " company; 28 CFR 202.211(a)(1)) under 28 CFR 202.211 and may not receive restricted personal data,"
                + " consent or not (documents: passport.pdf, tax-return-2025.pdf).");
    }

    @Test
    void theRuleFiguresAreTheDefaultLimits() {
        BulkThresholds t = BulkThresholds.defaults();
        assertThat(t.limit(DataCategory.PERSONAL_IDENTIFIERS)).isEqualTo(100_000);
        assertThat(t.limit(DataCategory.FINANCIAL)).isEqualTo(10_000);
        assertThat(t.limit(DataCategory.HEALTH)).isEqualTo(10_000);
        assertThat(t.limit(DataCategory.BIOMETRIC)).isEqualTo(1_000);
        assertThat(t.warningPercent()).isEqualTo(80);
        assertThat(t.window()).isEqualTo(Period.ofMonths(12));
    }

    @Test
    void reachingExactlyTheLimitIsAllowedWithAWarning() {
        SharingDecision d = decide(allClean(TODAY), counted(DataCategory.PERSONAL_IDENTIFIERS, 99_999), PASSPORT);
        assertThat(d.allowed()).isTrue();
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.persons()).isEqualTo(100_000);
            assertThat(w.message()).isEqualTo("Vendor \"acme-lpo\" will hold personal identifiers (passport,"
                    + " A-Number, SSN) of 100,000 persons, 80% or more of the limit of 100,000 persons over 12 months"
                    + " under 28 CFR 202.205; further shares may be refused.");
        });
    }

    @Test
    void oneUnderTheLimitIsAllowed() {
        assertThat(decide(allClean(TODAY), counted(DataCategory.PERSONAL_IDENTIFIERS, 99_998), PASSPORT).allowed())
                .isTrue();
    }

    @Test
    void onePastTheLimitIsRefusedWithTheCounts() {
        SharingDecision d = decide(allClean(TODAY), counted(DataCategory.PERSONAL_IDENTIFIERS, 100_000), LETTER,
                PASSPORT);
        assertThat(d.allowed()).isFalse();
        assertThat(d.shareable()).containsExactly(LETTER);
        assertThat(d.warnings()).isEmpty();
        assertThat(d.refused().get(0).refusals().get(0).message()).isEqualTo("\"passport.pdf\" cannot be shared: it"
                + " would take the personal identifiers (passport, A-Number, SSN) vendor \"acme-lpo\" holds past the"
                + " limit of 100,000 persons (100,000 counted in the last 12 months, 1 more in this request) under"
                + " 28 CFR 202.205.");
    }

    @Test
    void aPersonAlreadyCountedDoesNotCountAgain() {
        // at the limit already, but p1 is among those counted: sharing p1's passport again adds nobody
        SharingDecision d = decide(allClean(TODAY), counted(DataCategory.PERSONAL_IDENTIFIERS, 100_000, "p1"),
                PASSPORT);
        assertThat(d.allowed()).isTrue();
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void theSamePersonInTwoDocumentsOfARequestCountsOnce() {
        DocumentRef passport2 = new DocumentRef("d9", "passport-renewed.pdf", RESTRICTED_PII,
                DataCategory.PERSONAL_IDENTIFIERS, Set.of("p1"));
        assertThat(decide(allClean(TODAY), counted(DataCategory.PERSONAL_IDENTIFIERS, 99_999), PASSPORT, passport2)
                .allowed()).isTrue();
    }

    @Test
    void eachCategoryCountsAgainstItsOwnLimitAndTheSummaryNamesEach() {
        BulkThresholds low = new BulkThresholds(Map.of(DataCategory.FINANCIAL, 1, DataCategory.PERSONAL_IDENTIFIERS,
                0), 80, Period.ofMonths(12));
        SharingPolicy strict = new SharingPolicy(org.lpodesk.outsourcing.AttestationRules.defaults(), low);
        SharingDecision d = strict.decide(new SharingRequest(WITH_PII, List.of(PASSPORT, TAX), INDIA,
                TaskKind.RFE_RESPONSE, "needed", new VendorCompliance(TODAY, allClean(TODAY), Map.of())));
        assertThat(d.reasons()).containsExactly(RefusalReason.BULK_LIMIT_EXCEEDED);
        assertThat(d.summary()).contains("personal identifiers (passport, A-Number, SSN) vendor \"acme-lpo\" holds"
                + " past the limit of 0 persons").contains("financial data (tax returns, pay slips, I-864 evidence)"
                + " vendor \"acme-lpo\" holds past the limit of 1 persons: 0 counted in the last 12 months, 2 more");
    }

    @Test
    void theWarningStartsAtTheConfiguredShare() {
        BulkThresholds half = new BulkThresholds(Map.of(DataCategory.HEALTH, 10), 50, Period.ofMonths(12));
        SharingPolicy p = new SharingPolicy(org.lpodesk.outsourcing.AttestationRules.defaults(), half);
        DocumentRef medical = new DocumentRef("d5", "i693.pdf", RESTRICTED_PII, DataCategory.HEALTH, Set.of("p7"));
        var request = (java.util.function.IntFunction<SharingDecision>) before -> p.decide(new SharingRequest(WITH_PII,
                List.of(medical), INDIA, TaskKind.RFE_RESPONSE, "needed", new VendorCompliance(TODAY,
                allClean(TODAY), counted(DataCategory.HEALTH, before))));
        assertThat(request.apply(3).warnings()).isEmpty();
        assertThat(request.apply(4).warnings()).hasSize(1);
    }

    @Test
    void badThresholdsAreRefusedWithSpecificMessages() {
        assertThatThrownBy(() -> new BulkThresholds(Map.of(DataCategory.BIOMETRIC, -1), 80, Period.ofMonths(12)))
                .hasMessage("The limit for biometric identifiers must not be negative, but is -1.");
        assertThatThrownBy(() -> new BulkThresholds(Map.of(), 0, Period.ofMonths(12)))
                .hasMessage("The warning share of a bulk-data limit must be 1 to 100 percent, but is 0.");
        assertThatThrownBy(() -> new BulkThresholds(Map.of(), 80, Period.ZERO))
                .hasMessage("The window bulk-data counts run over must be a positive period, but is P0D.");
        assertThatThrownBy(() -> new VendorCompliance.BulkCount(-3, Set.of()))
                .hasMessage("A count of persons must not be negative, but is -3.");
    }

    @Test
    void withoutComplianceFactsTheOldRulesAloneApply() {
        assertThat(policy.decide(new SharingRequest(WITH_PII, List.of(PASSPORT), INDIA, TaskKind.RFE_RESPONSE,
                "needed")).allowed()).isTrue();
    }

    @Test
    void theRollingWindowCountsAShare365DaysAgoAndNotOne366DaysAgo() {
        InMemoryBulkCounts counts = new InMemoryBulkCounts();
        LocalDate start = BulkThresholds.defaults().windowStart(TODAY);
        assertThat(start).isEqualTo(TODAY.minusDays(365));
        counts.record("acme", DataCategory.FINANCIAL, Set.of("in"), TODAY.minusDays(365));
        counts.record("acme", DataCategory.FINANCIAL, Set.of("out"), TODAY.minusDays(366));
        assertThat(counts.count("acme", DataCategory.FINANCIAL, start)).isEqualTo(1);
        assertThat(counts.counted("acme", DataCategory.FINANCIAL, start, Set.of("in", "out", "new")))
                .containsExactly("in");
        // a later share of "out" brings it back into the window, still once
        counts.record("acme", DataCategory.FINANCIAL, Set.of("out", "in"), TODAY);
        assertThat(counts.count("acme", DataCategory.FINANCIAL, start)).isEqualTo(2);
        assertThat(counts.count("acme", DataCategory.HEALTH, start)).isZero();
        assertThat(counts.count("other", DataCategory.FINANCIAL, start)).isZero();
    }

    @Test
    void categoriesComeFromTheChosenValueTheTypeOrTheChecklistTags() {
        DocumentCategories c = DocumentCategories.defaults();
        assertThat(c.of("imm:identityDocument", null, List.of())).contains(DataCategory.PERSONAL_IDENTIFIERS);
        assertThat(c.of("imm:identityDocument", "BIOMETRIC", List.of())).contains(DataCategory.BIOMETRIC);
        assertThat(c.of("imm:evidence", null, List.of("i485.i693"))).contains(DataCategory.HEALTH);
        assertThat(c.of("imm:evidence", null, List.of("i485.taxTranscript"))).contains(DataCategory.FINANCIAL);
        assertThat(c.of("imm:evidence", null, List.of("i485.passport", "i485.i693"))).contains(DataCategory.HEALTH);
        assertThat(c.of("imm:evidence", " ", List.of("eb1a.awards"))).isEmpty();
        assertThat(c.of("imm:petitionDraft", null, null)).isEmpty();
        assertThatThrownBy(() -> c.of("imm:evidence", "GENOMIC", List.of()))
                .hasMessage("\"GENOMIC\" is not a data category; use one of PERSONAL_IDENTIFIERS, FINANCIAL, HEALTH,"
                        + " BIOMETRIC.");
    }
}
