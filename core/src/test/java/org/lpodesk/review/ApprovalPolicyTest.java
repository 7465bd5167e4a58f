package org.lpodesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApprovalPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    private static final Reviewer ATTORNEY = new Reviewer("alice", Set.of("GROUP_EVERYONE", "GROUP_IMM_ATTORNEYS"));
    private static final Reviewer PARALEGAL = new Reviewer("pat", Set.of("GROUP_IMM_PARALEGALS"));
    private static final Reviewer LPO_REVIEWER = new Reviewer("ravi", Set.of("GROUP_LPO_ACME_REVIEWERS"));

    private final ApprovalPolicy policy = new ApprovalPolicy();

    private static DocumentVersion petition(String label, String... drafters) {
        return new DocumentVersion("EB1A petition draft.docx", label, Set.of(drafters));
    }

    @Test
    void firmAttorneyWhoDidNotDraftApprovesTheVersionUnderReview() {
        ReviewDecision decision = policy.review(
                new ReviewRequest(petition("1.3", "ravi", "pat"), ATTORNEY, ReviewOutcome.APPROVED, " Good to file ", NOW));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.approvalOrThrow()).isEqualTo(
                new AttorneyApproval("alice", NOW, ReviewOutcome.APPROVED, "Good to file", "1.3"));
    }

    @ParameterizedTest
    @EnumSource(ReviewOutcome.class)
    void onlyFirmAttorneysRecordAnyReviewOutcome(ReviewOutcome outcome) {
        for (Reviewer outsider : new Reviewer[] {PARALEGAL, LPO_REVIEWER}) {
            ReviewDecision decision = policy.review(
                    new ReviewRequest(petition("1.0", "someone"), outsider, outcome, null, NOW));

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.refusals()).extracting(Refusal::reason).containsExactly(RefusalReason.NOT_FIRM_ATTORNEY);
            assertThat(decision.refusals().get(0).message()).isEqualTo("'" + outsider.userName()
                    + "' cannot review 'EB1A petition draft.docx': only members of GROUP_IMM_ATTORNEYS review and approve work product.");
        }
    }

    @Test
    void attorneyGroupIsConfigurable() {
        ApprovalPolicy custom = new ApprovalPolicy("GROUP_PARTNERS");
        Reviewer partner = new Reviewer("bob", Set.of("GROUP_PARTNERS"));

        assertThat(custom.review(new ReviewRequest(petition("1.0", "pat"), partner, ReviewOutcome.APPROVED, null, NOW))
                .allowed()).isTrue();
        assertThat(custom.review(new ReviewRequest(petition("1.0", "pat"), ATTORNEY, ReviewOutcome.APPROVED, null, NOW))
                .allowed()).isFalse();
    }

    @Test
    void drafterNeverApprovesEvenAsAttorneyAndWhateverTheCaseOfTheUserName() {
        ReviewDecision decision = policy.review(
                new ReviewRequest(petition("2.1", "Alice"), ATTORNEY, ReviewOutcome.APPROVED, null, NOW));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.approval()).isEmpty();
        assertThat(decision.refusals()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.DRAFTER_CANNOT_APPROVE);
            assertThat(r.message()).isEqualTo(
                    "'alice' drafted 'EB1A petition draft.docx' (version 2.1) and cannot approve it; another firm attorney must.");
        });
        assertThatThrownBy(decision::approvalOrThrow).isInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("'alice' drafted");
    }

    @Test
    void drafterMayStillRequestChangesOnOwnDraft() {
        ReviewDecision decision = policy.review(new ReviewRequest(petition("2.1", "alice"), ATTORNEY,
                ReviewOutcome.CHANGES_REQUESTED, "exhibit list missing", NOW));

        assertThat(decision.approvalOrThrow().outcome()).isEqualTo(ReviewOutcome.CHANGES_REQUESTED);
    }

    @Test
    void allReasonsAreReportedTogether() {
        Reviewer paralegalDrafter = new Reviewer("pat", Set.of("GROUP_IMM_PARALEGALS"));
        ReviewDecision decision = policy.review(
                new ReviewRequest(petition("1.0", "pat"), paralegalDrafter, ReviewOutcome.APPROVED, null, NOW));

        assertThat(decision.refusals()).extracting(Refusal::reason)
                .containsExactly(RefusalReason.NOT_FIRM_ATTORNEY, RefusalReason.DRAFTER_CANNOT_APPROVE);
    }

    @Test
    void approvalIsValidOnlyForTheApprovedVersionLabel() {
        AttorneyApproval approval = new AttorneyApproval("alice", NOW, ReviewOutcome.APPROVED, null, "1.3");

        assertThat(policy.state(Optional.of(approval), "1.3")).isEqualTo(ApprovalState.VALID);
        assertThat(policy.state(Optional.of(approval), "1.4")).isEqualTo(ApprovalState.VOIDED_BY_EDIT);
        assertThat(policy.state(Optional.empty(), "1.3")).isEqualTo(ApprovalState.NONE);
        assertThat(policy.voidedBy(approval, "1.4")).isTrue();
        assertThat(policy.voidedBy(approval, "1.3")).isFalse();
    }

    @Test
    void requestForChangesIsNotAnApprovalAndIsNotVoidedByEdits() {
        AttorneyApproval changes = new AttorneyApproval("alice", NOW, ReviewOutcome.CHANGES_REQUESTED, "fix", "1.3");

        assertThat(policy.state(Optional.of(changes), "1.3")).isEqualTo(ApprovalState.NOT_APPROVED);
        assertThat(policy.voidedBy(changes, "1.4")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ReleaseAction.class)
    void documentLeavesTheFirmOnlyWithAValidApprovalOfItsCurrentVersion(ReleaseAction action) {
        AttorneyApproval approval = new AttorneyApproval("alice", NOW, ReviewOutcome.APPROVED, null, "1.3");
        String verb = action == ReleaseAction.FILE ? "marked filed" : "sent";

        assertThat(policy.release(new ReleaseRequest("cover.docx", "1.3", Optional.of(approval), action)).allowed())
                .isTrue();

        PolicyDecision edited = policy.release(new ReleaseRequest("cover.docx", "1.4", Optional.of(approval), action));
        assertThat(edited.allowed()).isFalse();
        assertThat(edited.refusals()).singleElement().extracting(Refusal::message).isEqualTo("'cover.docx' cannot be "
                + verb + ": the attorney approved version 1.3, but the current version is 1.4 (editing the content voids an approval).");

        PolicyDecision none = policy.release(new ReleaseRequest("cover.docx", "1.0", Optional.empty(), action));
        assertThat(none.refusals()).singleElement().extracting(Refusal::message)
                .isEqualTo("'cover.docx' cannot be " + verb + ": version 1.0 has no attorney approval.");
        assertThatThrownBy(none::orElseThrow).isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("'cover.docx' cannot be " + verb + ": version 1.0 has no attorney approval.");

        AttorneyApproval rejected = new AttorneyApproval("alice", NOW, ReviewOutcome.REJECTED, "wrong client", "1.3");
        PolicyDecision notGranted = policy.release(new ReleaseRequest("cover.docx", "1.3", Optional.of(rejected), action));
        assertThat(notGranted.refusals()).singleElement().extracting(Refusal::message).isEqualTo("'cover.docx' cannot be "
                + verb + ": the attorney review of version 1.3 ended with rejected, not approval.");
    }

    @Test
    void documentWithoutVersionLabelCannotBeReviewed() {
        assertThatThrownBy(() -> petition(" ", "pat")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Document 'EB1A petition draft.docx' has no version label (got ' '): make it versionable"
                        + " before review.");
        assertThatThrownBy(() -> new Reviewer(null, Set.of())).hasMessage("The reviewer's user name must not be blank, got null.");
        assertThatThrownBy(() -> new ApprovalPolicy(""))
                .hasMessage("The attorney group must not be blank, got ''.");
    }

    @Test
    void blankInputsAreRefusedNamingWhatIsMissing() {
        assertThatThrownBy(() -> new AttorneyApproval(" ", NOW, ReviewOutcome.APPROVED, null, "1.0"))
                .hasMessage("The approver's user name must not be blank, got ' '.");
        assertThatThrownBy(() -> new AttorneyApproval("alice", NOW, ReviewOutcome.APPROVED, null, null))
                .hasMessage("The approved version label must not be blank, got null.");
        assertThatThrownBy(() -> new DocumentVersion("", "1.0", Set.of()))
                .hasMessage("The document reference must not be blank, got ''.");
        assertThatThrownBy(() -> new ReleaseRequest("cover.docx", "", Optional.empty(), ReleaseAction.SEND))
                .hasMessage("Document 'cover.docx' has no version label (got ''): make it versionable before review.");
        assertThatThrownBy(() -> policy.state(Optional.empty(), null))
                .hasMessage("The current version label must not be blank, got null.");
    }

    @Test
    void everyRefusalReasonHasAMessage() {
        for (RefusalReason reason : RefusalReason.values()) {
            assertThat(Refusal.of(reason, "a", ReleaseAction.FILE, "b", ReviewOutcome.REJECTED).message())
                    .as(reason.name()).doesNotContain("{").isNotBlank();
        }
    }
}
