package org.lpodesk.outsourcing.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.outsourcing.AttestationRules;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TestEngagements;
import org.lpodesk.outsourcing.VendorAttestations;
import org.lpodesk.outsourcing.VendorVetting;
import org.lpodesk.sharing.BulkThresholds;
import org.lpodesk.sharing.CaseConsent;
import org.lpodesk.sharing.ConfidentialityLevel;
import org.lpodesk.sharing.ConsentScope;
import org.lpodesk.sharing.DataCategory;
import org.lpodesk.sharing.DocumentRef;
import org.lpodesk.sharing.InMemoryBulkCounts;
import org.lpodesk.sharing.RefusalReason;
import org.lpodesk.sharing.SharingPolicy;

/** The start check with the compliance ports: reading counts, refusing all or nothing, recording, auditing. */
class RequestCheckComplianceTest {

    // 09:00 in New York on Monday 2 March 2026: the firm's date is 2026-03-02
    private static final Instant NOW = Instant.parse("2026-03-02T14:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Engagement ACME = TestEngagements.standard(TestEngagements.indiaVendor());
    private static final String VENDOR = ACME.vendor().id();

    private final InMemoryBulkCounts counts = new InMemoryBulkCounts();
    private final List<ComplianceAuditPort.Event> audit = new ArrayList<>();
    private VendorAttestations attestations = new VendorAttestations(VENDOR, List.of(
            Attestation.clean(AttestationKind.OWNERSHIP, TODAY.minusMonths(1), "R. Iyer", "att-1"),
            Attestation.clean(AttestationKind.STAFF_RESIDENCE, TODAY.minusMonths(1), "R. Iyer", "att-2"),
            Attestation.clean(AttestationKind.SECURITY, TODAY.minusMonths(1), "R. Iyer", "att-3")));

    private final CasePort cases = new CasePort() {
        @Override
        public boolean exists(String caseId) {
            return true;
        }

        @Override
        public Optional<CaseConsent> consent(String caseId) {
            return Optional.of(new CaseConsent("ann", NOW.minusSeconds(86_400), ConsentScope.DOCUMENTS_AND_RESTRICTED_PII));
        }

        @Override
        public Optional<LocalDate> deadline(String caseId) {
            return Optional.empty();
        }

        @Override
        public Optional<CaseFacts> facts(String caseId) {
            return Optional.empty();
        }
    };

    /** Financial data limited to 2 persons, so that the edges are small. */
    private RequestCheck check() {
        SharingPolicy policy = new SharingPolicy(AttestationRules.defaults(),
                new BulkThresholds(Map.of(DataCategory.FINANCIAL, 2), 80, Period.ofMonths(12)));
        return new RequestCheck(id -> Optional.of(ACME), cases, policy, VendorVetting.defaults(), DueDateCheck.NONE,
                new SharingCompliance(id -> attestations, counts, audit::add));
    }

    private static RequestCheck.Request request(DocumentRef... documents) {
        return new RequestCheck.Request(VENDOR, "RFE_RESPONSE", "case-1", "for the affidavit of support",
                List.of(documents), null, NOW, "paula");
    }

    private static DocumentRef tax(String id, String... persons) {
        return new DocumentRef(id, "tax-" + id + ".pdf", ConfidentialityLevel.CONFIDENTIAL, DataCategory.FINANCIAL,
                Set.of(persons));
    }

    @Test
    void anAcceptedRequestCountsItsPersonsOnceAndAuditsTheCountAndTheWarning() {
        RequestCheck check = check();
        RequestCheck.Accepted accepted = check.check(request(tax("a", "p1"), tax("b", "p1")));
        assertThat(counts.count(VENDOR, DataCategory.FINANCIAL, TODAY.minusYears(1))).isZero();
        check.record(accepted, "case-1", "pi-1", NOW);
        assertThat(counts.count(VENDOR, DataCategory.FINANCIAL, TODAY.minusYears(1))).isEqualTo(1);
        assertThat(audit).singleElement().isEqualTo(new ComplianceAuditPort.BulkShareCounted(NOW, VENDOR, "case-1",
                "pi-1", DataCategory.FINANCIAL, 1, 1, 2));
        // the second person reaches the limit: allowed, warned (at 80% and above)
        audit.clear();
        RequestCheck.Accepted second = check.check(request(tax("c", "p2")));
        assertThat(second.warnings()).hasSize(1);
        check.record(second, "case-1", "pi-2", NOW);
        assertThat(audit).hasSize(2).last().isInstanceOf(ComplianceAuditPort.BulkLimitWarning.class);
    }

    @Test
    void aRefusalMidRequestSharesAndCountsNothingAndIsAudited() {
        counts.record(VENDOR, DataCategory.FINANCIAL, Set.of("p1", "p2"), TODAY.minusDays(30));
        DocumentRef letter = new DocumentRef("l", "letter.pdf", ConfidentialityLevel.CONFIDENTIAL);
        assertThatThrownBy(() -> check().check(request(letter, tax("c", "p3"))))
                .isInstanceOf(OutsourcingRequestRefusedException.class)
                .hasMessageContaining("past the limit of 2 persons: 2 counted in the last 12 months, 1 more in this"
                        + " request, under 28 CFR 202.205 (documents: tax-c.pdf)");
        assertThat(counts.count(VENDOR, DataCategory.FINANCIAL, TODAY.minusYears(1))).isEqualTo(2);
        assertThat(audit).singleElement().isInstanceOfSatisfying(ComplianceAuditPort.SharingRefused.class, r -> {
            assertThat(r.reasons()).containsExactly(RefusalReason.BULK_LIMIT_EXCEEDED);
            assertThat(r.requester()).isEqualTo("paula");
            assertThat(r.caseId()).isEqualTo("case-1");
        });
    }

    @Test
    void aShare365DaysAgoStillCountsAndOne366DaysAgoNoLonger() {
        counts.record(VENDOR, DataCategory.FINANCIAL, Set.of("p1"), TODAY.minusDays(365));
        counts.record(VENDOR, DataCategory.FINANCIAL, Set.of("p2"), TODAY.minusDays(366));
        // p1 counts (1) + p3 new = 2: at the limit, allowed
        assertThat(check().check(request(tax("c", "p3"))).sharing().allowed()).isTrue();
        // p1 (1) + p2 and p3, new again since p2's share left the window = 3: refused
        assertThatThrownBy(() -> check().check(request(tax("c", "p2", "p3"))))
                .hasMessageContaining("1 counted in the last 12 months, 2 more in this request");
    }

    @Test
    void missingAttestationsRefuseTheRequestNamingThem() {
        attestations = VendorAttestations.none(VENDOR);
        assertThatThrownBy(() -> check().check(request(new DocumentRef("l", "letter.pdf",
                ConfidentialityLevel.CONFIDENTIAL))))
                .hasMessageContaining("Vendor \"acme-lpo\" has no valid ownership attestation (no 50% or more"
                        + " ownership from a country of concern), staff-residence attestation (no staff primarily"
                        + " resident in a country of concern), security attestation (encryption, access control,"
                        + " training) on file; record the signed attestation before sharing (documents: letter.pdf).");
    }
}
