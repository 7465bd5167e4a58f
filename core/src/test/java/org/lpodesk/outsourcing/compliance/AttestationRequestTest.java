package org.lpodesk.outsourcing.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;

/** The attestation form's fields, each refused by name. */
class AttestationRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "OWNERSHIP");
        body.put("signedOn", "2026-11-30");
        body.put("signer", " R. Iyer, CEO ");
        body.put("document", "workspace://SpacesStore/abc");
        return body;
    }

    @Test
    void aCompleteFormIsAnAttestationWithTheFirmsDefaultValidity() {
        Attestation a = AttestationRequest.parse(body(), TODAY);
        assertThat(a.kind()).isEqualTo(AttestationKind.OWNERSHIP);
        assertThat(a.signer()).isEqualTo("R. Iyer, CEO");
        assertThat(a.signedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(a.expiryIfSet()).isEmpty();
        assertThat(a.coveredPerson()).isFalse();
    }

    @Test
    void everyMissingOrBadFieldIsNamed() {
        assertRefused(with("signer", " "), "signer", "has no signer");
        assertRefused(with("signedOn", null), "signedOn", "has no signing date");
        assertRefused(with("signedOn", "30/11/2026"), "signedOn", "30/11/2026");
        assertRefused(with("signedOn", "2026-12-05"), "signedOn", "after today (2026-12-04)");
        assertRefused(with("document", ""), "document", "names no signed document");
        assertRefused(with("expiresOn", "2026-11-30"), "expiresOn", "is not after its signing date 2026-11-30");
        assertRefused(with("expiresOn", "2026-11-01"), "expiresOn", "expires on 2026-11-01");
        assertRefused(with("kind", "PRIVACY"), "kind", "OWNERSHIP, STAFF_RESIDENCE, SECURITY");
        assertRefused(with("coveredPerson", "maybe"), "coveredPerson", "\"maybe\"");
    }

    @Test
    void aCoveredPersonStatementNeedsItsFactsAndOnlyOwnershipOrResidenceCanMakeIt() {
        Map<String, Object> covered = with("coveredPerson", true);
        assertRefused(covered, "facts", "gives no facts");
        covered.put("facts", "60% held by a company in Hong Kong");
        assertThat(AttestationRequest.parse(covered, TODAY).coveredPerson()).isTrue();
        covered.put("kind", "SECURITY");
        assertRefused(covered, "coveredPerson", "cannot state covered-person facts");
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = body();
        body.put(field, value);
        return body;
    }

    private static void assertRefused(Map<String, Object> body, String argument, String sentence) {
        assertThatThrownBy(() -> AttestationRequest.parse(body, TODAY))
                .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
                    assertThat(e.argument()).isEqualTo(argument);
                    assertThat(e.getMessage()).contains(sentence);
                });
    }
}
