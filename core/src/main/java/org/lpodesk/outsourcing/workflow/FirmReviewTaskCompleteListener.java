package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.review.workflow.FirmReviewGate;
import org.lpodesk.review.workflow.TaskOutcomes;

/**
 * Complete listener of {@code immwf:firmReviewTask}: only a firm attorney completes it, nobody
 * who drafted approves, and the review of every draft is stored on the draft version reviewed
 * (what {@link DeliverDraftsDelegate} later checks). A refusal throws: the task stays open and
 * nothing is recorded.
 */
public final class FirmReviewTaskCompleteListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient FirmReviewGate gate;
    private final transient SharingPort sharing;

    public FirmReviewTaskCompleteListener(FirmReviewGate gate, SharingPort sharing) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.sharing = Objects.requireNonNull(sharing, "sharing");
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = TaskOutcomes.copyToProcess(task);
        Assignment assignment = Assignment.of(task);
        List<String> drafts = sharing.drafts(assignment.get(Assignment.FOLDER)).stream()
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
        } else if (REQUEST_CHANGES.equals(outcome)) {
            FirmReviewGate.startNextRevisionRound(task);
        }
    }
}
