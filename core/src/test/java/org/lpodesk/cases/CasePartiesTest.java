package org.lpodesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lpodesk.identifier.ANumber;

class CasePartiesTest {

    @Test
    void employerPetitionHasThreeParties() {
        CaseParties parties = new CaseParties(new Client(" Acme Robotics Inc. ", PartyKind.ORGANIZATION),
                Optional.of(new Petitioner("Acme Robotics Inc.", PartyKind.ORGANIZATION)),
                new Beneficiary("Priya Raman", Optional.of(ANumber.parse("A12345678"))));

        assertThat(parties.client().name()).isEqualTo("Acme Robotics Inc.");
        assertThat(parties.beneficiary().aNumber()).map(ANumber::value).contains("A012345678");
    }

    @Test
    void selfFiledApplicationHasNoPetitioner() {
        CaseParties parties = new CaseParties(new Client("Li Wei", PartyKind.INDIVIDUAL), Optional.empty(),
                Beneficiary.withoutANumber("Li Wei"));

        assertThat(parties.petitioner()).isEmpty();
        assertThat(parties.beneficiary().aNumber()).isEmpty();
    }

    @Test
    void blankNamesAreRefusedNamingTheParty() {
        assertThatThrownBy(() -> new Petitioner("  ", PartyKind.ORGANIZATION)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("petitioner name must not be blank, got '  '.");
        assertThatThrownBy(() -> Beneficiary.withoutANumber(null)).hasMessage("beneficiary name must not be blank, got null.");
        assertThatThrownBy(() -> new Client("", PartyKind.INDIVIDUAL)).hasMessage("client name must not be blank, got ''.");
    }
}
