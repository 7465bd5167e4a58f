package org.lpodesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.outsourcing.VendorAttestations;
import org.lpodesk.outsourcing.workflow.ComplianceAuditPort;
import org.lpodesk.outsourcing.workflow.OutsourcingRequestRefusedException;
import org.lpodesk.sharing.ConfidentialityLevel;
import org.lpodesk.sharing.RefusalReason;

/**
 * Issue 22 on the real Activiti engine: the generative-AI gate (ABA Formal Op. 512) from drafting
 * through LPO review to the firm's review, the attestation refusal at the start, and the
 * assignment of a case with restricted data to an associate resident in a country of concern.
 */
class OutsourcingComplianceTest {

    private Firm firm;
    private WorkflowEngine engine;
    private OutsourcingDriver drive;

    @BeforeEach
    void startEngine() {
        firm = new Firm();
        engine = WorkflowEngine.forFirm(firm);
        drive = new OutsourcingDriver(engine, firm);
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    private String acceptedOn(String caseId) {
        String doc = drive.caseDocument(caseId, "resume.pdf", ConfidentialityLevel.CONFIDENTIAL);
        String pid = drive.start(drive.request(caseId, List.of(doc)));
        drive.accept(pid);
        firm.repository.addDocument(drive.folder(pid), "petition.docx", ConfidentialityLevel.CONFIDENTIAL,
                "EB-1A petition, first draft", Firm.ASSOCIATE);
        return pid;
    }

    private void draftWithAi(String pid) {
        drive.complete(Firm.ASSOCIATE, pid, "draftingTask",
                Map.of(VAR_HOURS_LOGGED, 3.0, VAR_DRAFT_AI_USED, true, VAR_DRAFT_AI_TOOL, "DraftBot 4"));
    }

    @Test
    void draftingWithoutStatingAiUseIsRefusedAndTheTaskStaysOpen() {
        String pid = acceptedOn(Firm.CASE_WITH_CONSENT);
        assertThatThrownBy(() -> drive.complete(Firm.ASSOCIATE, pid, "draftingTask", Map.of(VAR_HOURS_LOGGED, 3.0)))
                .rootCause().isInstanceOf(InvalidRequestException.class)
                .hasMessage("State whether generative AI was used for these drafts (yes or no) before finishing the"
                        + " drafting task.");
        assertThatThrownBy(() -> drive.complete(Firm.ASSOCIATE, pid, "draftingTask",
                Map.of(VAR_HOURS_LOGGED, 3.0, VAR_DRAFT_AI_USED, true)))
                .rootCause().hasMessage("Name the generative-AI tool used for these drafts before finishing the drafting task.");
        assertThatThrownBy(() -> drive.complete(Firm.ASSOCIATE, pid, "draftingTask",
                Map.of(VAR_HOURS_LOGGED, 3.0, VAR_DRAFT_AI_USED, false, VAR_DRAFT_AI_TOOL, "DraftBot 4")))
                .rootCause().hasMessageContaining("A generative-AI tool (DraftBot 4) is named, but the drafts are stated as made"
                        + " without generative AI");
        assertThat(drive.openTaskKey(pid)).isEqualTo("draftingTask");
        assertThat(firm.audit).isEmpty();
    }

    @Test
    void aiUseWithoutTheConsentScopeIsStoppedAtLpoReviewWithTheReason() {
        String pid = acceptedOn(Firm.CASE_WITH_CONSENT);
        draftWithAi(pid);
        assertThat(drive.formFacts(pid)).containsEntry(VAR_AI_USED, true);
        assertThat(engine.runtime().getVariable(pid, VAR_AI_TOOLS)).isEqualTo("DraftBot 4");
        assertThatThrownBy(() -> drive.lpoReview(pid, APPROVE))
                .rootCause().isInstanceOf(InvalidRequestException.class)
                .hasMessage("These drafts were made with generative AI (DraftBot 4), and the client's consent on case"
                        + " IMM-case-consent does not cover generative-AI use (ABA Formal Opinion 512): they cannot go"
                        + " to the firm. Return them to drafting to be redone without AI, or ask the firm to record the"
                        + " client's consent to AI use.");
        assertThat(drive.openTaskKey(pid)).isEqualTo("lpoReviewTask");
        assertThat(firm.audit).anySatisfy(e -> assertThat(e).isInstanceOf(ComplianceAuditPort.AiUseStopped.class));

        // returning is allowed; a redraft without AI still carries the first round's AI use
        drive.lpoReview(pid, RETURN);
        drive.finishDrafting(pid, 1.0);
        assertThat(drive.formFacts(pid)).containsEntry(VAR_AI_USED, true);
        assertThatThrownBy(() -> drive.lpoReview(pid, APPROVE)).rootCause().hasMessageContaining("DraftBot 4");
    }

    @Test
    void aProcessDraftedBeforeAiUseMovedIntoTheAssignmentStillCountsIt() {
        // processes drafted before kept the AI statement in a variable of its own, not in the assignment
        String pid = acceptedOn(Firm.CASE_WITH_CONSENT);
        drive.finishDrafting(pid, 1.0);
        engine.runtime().setVariable(pid, VAR_AI_USED, true);
        engine.runtime().setVariable(pid, VAR_AI_TOOLS, "DraftBot 3");
        assertThat(drive.formFacts(pid)).containsEntry(VAR_AI_USED, true);
        assertThatThrownBy(() -> drive.lpoReview(pid, APPROVE)).rootCause().hasMessageContaining("DraftBot 3")
                .hasMessageContaining("does not cover generative-AI use");
    }

    @Test
    void aiUseWithTheConsentScopeNeedsTheAttorneysVerificationAndIsThenDelivered() {
        String pid = acceptedOn(Firm.CASE_WITH_AI_CONSENT);
        draftWithAi(pid);
        drive.lpoReview(pid, APPROVE);
        assertThat(drive.openTaskKey(pid)).isEqualTo("firmReviewTask");

        assertThatThrownBy(() -> drive.firmReview(Firm.ATTORNEY, pid, APPROVE))
                .rootCause().isInstanceOf(InvalidRequestException.class)
                .hasMessage("These drafts were made with generative AI (DraftBot 4): attest that you verified the AI"
                        + " output, its citations and its facts, before approving (ABA Formal Opinion 512).");
        assertThat(drive.openTaskKey(pid)).isEqualTo("firmReviewTask");
        assertThat(drive.newDraft(pid).review).as("nothing recorded on the draft").isNull();

        drive.complete(Firm.ATTORNEY, pid, "firmReviewTask",
                Map.of(VAR_FIRM_REVIEW_OUTCOME, APPROVE, VAR_AI_OUTPUT_VERIFIED, true));
        engine.executeDueJobs();
        assertThat(drive.ended(pid)).isTrue();
        assertThat(drive.historicVariable(pid, VAR_CLOSED_AS)).isEqualTo(CLOSED_DELIVERED);
        assertThat(drive.historicTaskVariable(pid, "firmReviewTask", VAR_AI_OUTPUT_VERIFIED)).isEqualTo(true);
        assertThat(firm.audit).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(
                ComplianceAuditPort.AiVerificationAttested.class, a -> {
                    assertThat(a.attorney()).isEqualTo(Firm.ATTORNEY);
                    assertThat(a.tools()).isEqualTo("DraftBot 4");
                }));
    }

    @Test
    void workWithoutAiNeedsNoVerification() {
        String pid = drive.toFirmReview(drive.startStandard());
        assertThat(drive.formFacts(pid)).containsEntry(VAR_AI_USED, false);
        drive.firmReview(Firm.ATTORNEY, pid, APPROVE);
        engine.executeDueJobs();
        assertThat(drive.historicVariable(pid, VAR_CLOSED_AS)).isEqualTo(CLOSED_DELIVERED);
    }

    @Test
    void aVendorWithAnExpiredAttestationGetsNothingAndTheRefusalIsAudited() {
        firm.attestations.put("acme", new VendorAttestations("acme", List.of(
                Attestation.clean(AttestationKind.OWNERSHIP, java.time.LocalDate.of(2026, 1, 5), "CEO", "o"),
                Attestation.clean(AttestationKind.STAFF_RESIDENCE, java.time.LocalDate.of(2026, 1, 5), "CEO", "r"),
                Attestation.clean(AttestationKind.SECURITY, java.time.LocalDate.of(2024, 6, 1), "CEO", "s"))));
        assertThatThrownBy(drive::startStandard)
                .isInstanceOf(OutsourcingRequestRefusedException.class)
                .hasMessageContaining("The security attestation (encryption, access control, training), which"
                        + " expired after 2025-06-01 of vendor \"acme\" must be renewed before sharing");
        assertThat(engine.runtime().createProcessInstanceQuery().count()).isZero();
        assertThat(firm.repository.folderCount()).isZero();
        assertThat(firm.audit).singleElement().isInstanceOfSatisfying(ComplianceAuditPort.SharingRefused.class,
                r -> assertThat(r.reasons()).containsExactly(RefusalReason.ATTESTATION_EXPIRED));
    }

    @Test
    void aCaseWithRestrictedDataIsNotAssignedToAnAssociateResidentInACountryOfConcern() {
        firm.directory.resident(Firm.ASSOCIATE, "RU").resident(Firm.OTHER_ASSOCIATE, "IN");
        String passport = firm.repository.addDocument(Firm.CASE_WITH_PII_CONSENT, "passport.pdf",
                ConfidentialityLevel.RESTRICTED_PII, "passport scan", Firm.PARALEGAL);
        Map<String, Object> vars = drive.request(Firm.CASE_WITH_PII_CONSENT, List.of(passport));
        vars.put(VAR_PII_REASON, "the petition cites the passport");
        String pid = drive.start(vars);

        assertThatThrownBy(() -> drive.complete(Firm.MANAGER, pid, "intakeTask",
                Map.of(VAR_INTAKE_OUTCOME, ACCEPT, VAR_DRAFTING_ASSOCIATE, Firm.ASSOCIATE)))
                .rootCause().isInstanceOf(InvalidRequestException.class)
                .hasMessage("Asha (asha) is recorded as resident in Russia, a country of concern: this case's shared"
                        + " documents hold restricted personal data, and an individual primarily resident there is a"
                        + " covered person under 28 CFR 202.211(a)(4). Assign an associate who is not.");
        assertThat(drive.openTaskKey(pid)).isEqualTo("intakeTask");
        assertThat(firm.audit).anySatisfy(e -> assertThat(e).isInstanceOf(ComplianceAuditPort.AssignmentRefused.class));

        drive.complete(Firm.MANAGER, pid, "intakeTask",
                Map.of(VAR_INTAKE_OUTCOME, ACCEPT, VAR_DRAFTING_ASSOCIATE, Firm.OTHER_ASSOCIATE));
        engine.executeDueJobs();
        assertThat(drive.openTaskKey(pid)).isEqualTo("draftingTask");
    }

    @Test
    void aCaseWithoutRestrictedDataMayGoToAnyAssociate() {
        firm.directory.resident(Firm.ASSOCIATE, "RU");
        String pid = drive.startStandard();
        drive.accept(pid);
        assertThat(drive.openTaskKey(pid)).isEqualTo("draftingTask");
    }
}
