package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.review.workflow.FirmReviewGate;
import org.lpodesk.review.workflow.TaskOutcomes;

/**
 * Complete listener of {@code immwf:firmReviewTask}: only a firm attorney completes it, nobody
 * who drafted approves, and the review of every draft is stored on the draft version reviewed
 * (what {@link DeliverDraftsDelegate} later checks). When the vendor used generative AI, an
 * approval needs the attorney's attestation that the AI output was verified, its citations and
 * its facts (ABA Formal Op. 512, Model Rules 1.1 and 5.3); the attestation is recorded with the
 * approval. A refusal throws: the task stays open and nothing is recorded.
 */
public final class FirmReviewTaskCompleteListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient FirmReviewGate gate;
    private final transient SharingPort sharing;
    private final transient ComplianceAuditPort audit;
    private final transient Clock clock;

    public FirmReviewTaskCompleteListener(FirmReviewGate gate, SharingPort sharing, ComplianceAuditPort audit,
                                          Clock clock) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.sharing = Objects.requireNonNull(sharing, "sharing");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = TaskOutcomes.copyToProcess(task);
        boolean aiUsed = Assignment.aiUsed(task.getExecution());
        // task-local: each review attests for itself, a later round's approval attests again
        boolean verified = Boolean.TRUE.equals(task.getVariableLocal(VAR_AI_OUTPUT_VERIFIED));
        String attorney = task.getAssignee() != null ? task.getAssignee() : null;
        if (APPROVE.equals(outcome) && aiUsed && !verified) {
            String message = Texts.format("firmReview.ai.notVerified", Vars.text(task, VAR_AI_TOOLS));
            audit.record(new ComplianceAuditPort.AiVerificationRefused(clock.instant(), Vars.text(task, VAR_VENDOR_ID),
                    task.getProcessInstanceId(), attorney, Vars.text(task, VAR_AI_TOOLS), message));
            throw new InvalidRequestException(message);
        }
        Assignment assignment = Assignment.of(task);
        List<String> drafts = sharing.drafts(Assignment.folder(task.getExecution())).stream()
                .map(SharingPort.Draft::documentId).collect(Collectors.toList());
        Set<String> drafters = assignment.set(Assignment.DRAFTERS);
        String associate = Vars.text(task, VAR_ASSOCIATE);
        if (associate != null) {
            drafters.add(associate);
        }
        Object comment = task.getVariable(VAR_COMMENT);
        List<FirmReviewGate.RecordedReview> reviews = gate.review(drafts, drafters,
                FirmReviewGate.reviewOutcome(outcome), comment == null ? null : comment.toString());
        if (APPROVE.equals(outcome)) {
            FirmReviewGate.recordApproval(task, reviews);
            if (aiUsed) {
                // the attestation stays on the approving task (immwf_aiOutputVerified next to
                // immwf_approvedBy), where the history keeps it; the audit names the attorney
                audit.record(new ComplianceAuditPort.AiVerificationAttested(clock.instant(),
                        Vars.text(task, VAR_VENDOR_ID), task.getProcessInstanceId(),
                        reviews.get(0).review().approver(), Vars.text(task, VAR_AI_TOOLS)));
            }
        } else if (REQUEST_CHANGES.equals(outcome)) {
            FirmReviewGate.startNextRevisionRound(task);
        }
    }
}
