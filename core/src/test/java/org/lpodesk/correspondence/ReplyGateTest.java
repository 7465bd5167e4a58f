package org.lpodesk.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lpodesk.api.ConflictException;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.review.ApprovalPolicy;
import org.lpodesk.review.ApprovalRefusedException;
import org.lpodesk.review.AttorneyApproval;
import org.lpodesk.review.ReviewOutcome;

/** The send gate: only the version a firm attorney approved goes out, once. */
class ReplyGateTest {

    private static final Instant APPROVED_AT = Instant.parse("2026-12-04T14:00:00Z");
    private final ReplyGate gate = new ReplyGate(new ApprovalPolicy(), ZoneId.of("America/New_York"), Locale.US);

    private static ReplyDraft reply(String version, Optional<AttorneyApproval> approval, ReplyState state,
            List<String> to) {
        return new ReplyDraft("workspace://SpacesStore/r1", "Re: Pasaporte.txt", version, approval, state,
                state == ReplyState.SENT ? Optional.of(Instant.parse("2026-12-04T15:05:00Z")) : Optional.empty(), to);
    }

    private static Optional<AttorneyApproval> approved(String version) {
        return Optional.of(new AttorneyApproval("alice", APPROVED_AT, ReviewOutcome.APPROVED, null, version));
    }

    @Test
    void theApprovedVersionGoesOut() {
        assertThatCode(() -> gate.check(reply("1.1", approved("1.1"), ReplyState.DRAFT,
                List.of("maria@client.example")), false)).doesNotThrowAnyException();
    }

    @Test
    void noApprovalOrAnApprovalVoidedByAnEditStopsTheSend() {
        assertThatThrownBy(() -> gate.check(reply("1.0", Optional.empty(), ReplyState.DRAFT,
                List.of("maria@client.example")), false)).isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("'Re: Pasaporte.txt' cannot be sent: version 1.0 has no attorney approval.");
        assertThatThrownBy(() -> gate.check(reply("1.2", approved("1.1"), ReplyState.DRAFT,
                List.of("maria@client.example")), false)).isInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("the attorney approved version 1.1, but the current version is 1.2");
        Optional<AttorneyApproval> changes = Optional.of(new AttorneyApproval("alice", APPROVED_AT,
                ReviewOutcome.CHANGES_REQUESTED, "tone", "1.1"));
        assertThatThrownBy(() -> gate.check(reply("1.1", changes, ReplyState.DRAFT,
                List.of("maria@client.example")), false)).isInstanceOf(ApprovalRefusedException.class);
    }

    @Test
    void aSentReplyIsNotSentAgainAndSaysWhenAndToWhom() {
        assertThatThrownBy(() -> gate.check(reply("1.1", approved("1.1"), ReplyState.SENT,
                List.of("maria@client.example")), true)).isInstanceOf(ConflictException.class)
                .hasMessage("'Re: Pasaporte.txt' was sent on Dec 4, 2026, 10:05 AM EST to maria@client.example;"
                        + " a sent reply is not sent again. Write a new reply.");
    }

    @Test
    void aQueuedReplyIsQueuedOnceButTheSenderMayRetryIt() {
        ReplyDraft queued = reply("1.1", approved("1.1"), ReplyState.QUEUED, List.of("maria@client.example"));
        assertThatThrownBy(() -> gate.check(queued, false)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already on its way out");
        assertThatCode(() -> gate.check(queued, true)).doesNotThrowAnyException();
    }

    @Test
    void recipientsAreRequiredAndMustBeAddresses() {
        assertThatThrownBy(() -> gate.check(reply("1.1", approved("1.1"), ReplyState.DRAFT, List.of()), false))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("has no recipient");
        assertThatThrownBy(() -> gate.check(reply("1.1", approved("1.1"), ReplyState.DRAFT,
                List.of("maria@client.example", "maria at client")), false))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("'maria at client' is not an e-mail address; 'Re: Pasaporte.txt' was not sent.");
    }

    @Test
    void anEditAfterSendingIsRefusedWithTheSendingTime() {
        assertThat(gate.editAfterSending("Re: Pasaporte.txt", Instant.parse("2026-12-04T15:05:00Z")))
                .startsWith("'Re: Pasaporte.txt' was sent on Dec 4, 2026, 10:05 AM EST and is the record");
    }
}
