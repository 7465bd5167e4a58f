package org.lpodesk.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttestationTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 1, 15);

    @Test
    void anAttestationWithoutSignerIsRefused() {
        assertThatThrownBy(() -> Attestation.clean(AttestationKind.OWNERSHIP, SIGNED, " ", "doc-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The ownership attestation has no signer: record who signed it.");
    }

    @Test
    void anAttestationWithoutSigningDateIsRefused() {
        assertThatThrownBy(() -> Attestation.clean(AttestationKind.SECURITY, null, "R. Iyer, CEO", "doc-1"))
                .hasMessage("The security attestation signed by R. Iyer, CEO has no signing date.");
    }

    @Test
    void anAttestationWithoutDocumentIsRefused() {
        assertThatThrownBy(() -> Attestation.clean(AttestationKind.STAFF_RESIDENCE, SIGNED, "R. Iyer", null))
                .hasMessage("The staff-residence attestation signed by R. Iyer on 2026-01-15 names no signed"
                        + " document: record where the signed copy is.");
    }

    @Test
    void anExpiryBeforeOrOnTheSigningDateIsRefused() {
        assertThatThrownBy(() -> new Attestation(AttestationKind.OWNERSHIP, SIGNED, "R. Iyer", "doc-1",
                SIGNED.minusDays(1), false, null))
                .hasMessage("The ownership attestation expires on 2026-01-14, which is not after its signing date"
                        + " 2026-01-15.");
        assertThatThrownBy(() -> new Attestation(AttestationKind.OWNERSHIP, SIGNED, "R. Iyer", "doc-1", SIGNED,
                false, null)).hasMessageContaining("is not after its signing date");
    }

    @Test
    void aCoveredPersonStatementNeedsFactsAndOnlyOwnershipOrResidenceMakeOne() {
        assertThatThrownBy(() -> new Attestation(AttestationKind.OWNERSHIP, SIGNED, "R. Iyer", "doc-1", null, true,
                " ")).hasMessage("The ownership attestation signed by R. Iyer states that the vendor is a covered"
                + " person but gives no facts: record them.");
        assertThatThrownBy(() -> new Attestation(AttestationKind.SECURITY, SIGNED, "R. Iyer", "doc-1", null, true,
                "facts")).hasMessage("The security attestation cannot state covered-person facts: only the"
                + " ownership and staff-residence attestations do.");
    }

    @Test
    void withoutItsOwnExpiryAnAttestationRunsForTheConfiguredValidity() {
        Attestation a = Attestation.clean(AttestationKind.OWNERSHIP, SIGNED, "R. Iyer", "doc-1");
        assertThat(a.lastValidDay(Period.ofMonths(12))).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(a.lastValidDay(Period.ofMonths(6))).isEqualTo(LocalDate.of(2026, 7, 15));
        Attestation own = new Attestation(AttestationKind.OWNERSHIP, SIGNED, "R. Iyer", "doc-1",
                LocalDate.of(2026, 3, 1), false, null);
        assertThat(own.lastValidDay(Period.ofMonths(12))).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void theRulesTellEachKindsStandingAndTheLatestSignedCounts() {
        AttestationRules rules = AttestationRules.defaults();
        VendorAttestations on = new VendorAttestations("acme", List.of(
                Attestation.clean(AttestationKind.OWNERSHIP, LocalDate.of(2024, 12, 1), "old", "doc-0"),
                Attestation.clean(AttestationKind.OWNERSHIP, SIGNED, "R. Iyer", "doc-1"),
                Attestation.clean(AttestationKind.SECURITY, LocalDate.of(2025, 1, 10), "R. Iyer", "doc-2"),
                Attestation.clean(AttestationKind.STAFF_RESIDENCE, LocalDate.of(2026, 3, 1), "R. Iyer", "doc-3")));
        var standings = rules.assess(on, LocalDate.of(2026, 2, 1));
        assertThat(standings.get(AttestationKind.OWNERSHIP).status()).isEqualTo(AttestationRules.Status.VALID);
        assertThat(standings.get(AttestationKind.OWNERSHIP).attestation().document()).isEqualTo("doc-1");
        assertThat(standings.get(AttestationKind.SECURITY).status()).isEqualTo(AttestationRules.Status.EXPIRED);
        assertThat(standings.get(AttestationKind.STAFF_RESIDENCE).status())
                .isEqualTo(AttestationRules.Status.NOT_YET_SIGNED);
        assertThat(rules.assess(VendorAttestations.none("acme"), SIGNED).values())
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(AttestationRules.Status.MISSING));
    }

    @Test
    void anAttestationHoldsThroughItsLastDayAndNotAfter() {
        AttestationRules rules = AttestationRules.defaults();
        VendorAttestations on = new VendorAttestations("acme",
                List.of(Attestation.clean(AttestationKind.SECURITY, SIGNED, "R. Iyer", "doc-1")));
        assertThat(rules.assess(on, LocalDate.of(2027, 1, 15)).get(AttestationKind.SECURITY).status())
                .isEqualTo(AttestationRules.Status.VALID);
        assertThat(rules.assess(on, LocalDate.of(2027, 1, 16)).get(AttestationKind.SECURITY).status())
                .isEqualTo(AttestationRules.Status.EXPIRED);
    }

    @Test
    void aValidityMustBePositive() {
        assertThatThrownBy(() -> new AttestationRules(Period.ZERO))
                .hasMessage("The validity of an attestation must be a positive period, but is P0D.");
    }
}
