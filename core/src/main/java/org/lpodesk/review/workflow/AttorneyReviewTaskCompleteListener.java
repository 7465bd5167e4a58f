package org.lpodesk.review.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.sharing.DocumentRef;

/**
 * Complete listener of {@code immwf:attorneyReviewTask}: only a firm attorney completes it, the
 * requester (the drafter) and every author of a document never approve, and each document's
 * review is stored on the version reviewed. A refusal throws, so the task stays open.
 */
public final class AttorneyReviewTaskCompleteListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient FirmReviewGate gate;
    private final transient WorkflowPackagePort packages;

    public AttorneyReviewTaskCompleteListener(FirmReviewGate gate, WorkflowPackagePort packages) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.packages = Objects.requireNonNull(packages, "packages");
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = TaskOutcomes.copyToProcess(task);
        List<String> documents = packages.documents(task.getVariable(WorkflowModel.VAR_PACKAGE)).stream()
                .map(DocumentRef::id).collect(Collectors.toList());
        String requester = (String) task.getVariable(WorkflowModel.VAR_REQUESTER);
        Object comment = task.getVariable(WorkflowModel.VAR_COMMENT);
        List<FirmReviewGate.RecordedReview> reviews = gate.review(documents,
                requester == null ? Set.of() : Set.of(requester), FirmReviewGate.reviewOutcome(outcome),
                comment == null ? null : comment.toString());
        if (WorkflowModel.APPROVE.equals(outcome)) {
            FirmReviewGate.recordApproval(task, reviews);
        } else {
            FirmReviewGate.startNextRevisionRound(task);
        }
    }
}
