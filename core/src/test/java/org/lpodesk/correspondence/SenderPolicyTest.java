package org.lpodesk.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lpodesk.correspondence.SenderPolicy.Sender;

/** Filed or held for firm staff: who wrote decides, and nothing is dropped. */
class SenderPolicyTest {

    private final SenderPolicy policy = new SenderPolicy(Locale.US);
    private final CaseCorrespondents correspondents = new CaseCorrespondents(
            Set.of("Maria.Gonzalez@client.example", "maria@home.example"), Set.of("paula@firm.example"),
            Set.of("asha@lpo.example", "shared@client.example"));

    @Test
    void theClientsRecordedAddressesAreFiledWhateverTheirCase() {
        SenderPolicy.Verdict v = policy.judge(" MARIA.GONZALEZ@client.example ", correspondents);
        assertThat(v.sender()).isEqualTo(Sender.CLIENT);
        assertThat(v.quarantined()).isFalse();
        assertThat(policy.judge("maria@home.example", correspondents).sender()).isEqualTo(Sender.CLIENT);
    }

    @Test
    void firmStaffAreFiled() {
        assertThat(policy.judge("paula@firm.example", correspondents).quarantined()).isFalse();
    }

    @Test
    void anUnknownSenderIsHeldWithTheReasonForTheReviewer() {
        SenderPolicy.Verdict v = policy.judge("stranger@spam.example", correspondents);
        assertThat(v.quarantined()).isTrue();
        assertThat(v.reason()).isEqualTo(
                "stranger@spam.example is not an address recorded for this case's client or for the firm's staff.");
    }

    @Test
    void aVendorUserIsHeldEvenWhenTheAddressIsAlsoTheClients() {
        assertThat(policy.judge("asha@lpo.example", correspondents).sender()).isEqualTo(Sender.VENDOR);
        SenderPolicy.Verdict shared = policy.judge("shared@client.example",
                new CaseCorrespondents(Set.of("shared@client.example"), Set.of(), Set.of("shared@client.example")));
        assertThat(shared.quarantined()).isTrue();
        assertThat(shared.reason()).contains("belongs to a user of an LPO vendor");
    }

    @Test
    void noSenderAtAllIsHeld() {
        assertThat(policy.judge(null, correspondents).reason()).isEqualTo("The message names no sender.");
        assertThat(policy.judge(" ", correspondents).quarantined()).isTrue();
    }
}
