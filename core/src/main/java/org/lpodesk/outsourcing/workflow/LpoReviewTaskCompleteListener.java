package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.Objects;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.review.workflow.DirectoryPort;
import org.lpodesk.review.workflow.TaskOutcomes;

/**
 * Complete listener of {@code immwf:lpoReviewTask}: one of the vendor's reviewers, not the
 * drafter, approves the drafts for the firm or returns them to drafting.
 */
public final class LpoReviewTaskCompleteListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient DirectoryPort directory;

    public LpoReviewTaskCompleteListener(DirectoryPort directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public void notify(DelegateTask task) {
        String user = directory.currentUser();
        String reviewers = Vars.text(task, VAR_VENDOR_REVIEWERS_GROUP);
        if (!directory.isMember(user, reviewers)) {
            throw new NotAllowedException(Texts.format("lpoReview.notReviewer", directory.displayName(user),
                    directory.groupDisplayName(reviewers)));
        }
        if (Assignment.of(task).set(Assignment.DRAFTERS).stream().anyMatch(d -> d.equalsIgnoreCase(user))) {
            throw new NotAllowedException(Texts.format("lpoReview.drafter", directory.displayName(user)));
        }
        TaskOutcomes.copyToProcess(task);
        // the drafters and the firm's attorney read the reviewer's words on their tasks
        task.getExecution().setVariable(VAR_LPO_REVIEW_COMMENT, task.getVariableLocal(VAR_COMMENT));
    }
}
