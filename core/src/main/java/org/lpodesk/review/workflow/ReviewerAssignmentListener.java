package org.lpodesk.review.workflow;

import java.util.Objects;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.firm.FirmGroup;

/**
 * Assignment listener of the firm review ({@code immwf:firmReviewTask}) and attorney review
 * ({@code immwf:attorneyReviewTask}) tasks: only a firm attorney may hold them, and never the
 * drafter who asked for the review. Alfresco lets a process's starter claim its tasks; without
 * this a paralegal could hold the review and keep every attorney out ("already claimed") until
 * releasing it. A refused claim or assignment throws, so the task stays with the attorneys.
 */
public final class ReviewerAssignmentListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient DirectoryPort directory;

    public ReviewerAssignmentListener(DirectoryPort directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || assignee.isBlank()) {
            return; // released back to the attorneys' pool
        }
        if (!directory.isMember(assignee, FirmGroup.ATTORNEYS.authority())) {
            throw new ReviewClaimRefusedException(WorkflowMessages.format("review.claimNotAttorney",
                    directory.displayName(assignee), task.getName(),
                    directory.groupDisplayName(FirmGroup.ATTORNEYS.authority())));
        }
        Object requester = task.getVariable(WorkflowModel.VAR_REQUESTER);
        if (requester != null && assignee.equals(directory.userName(requester))) {
            throw new ReviewClaimRefusedException(WorkflowMessages.format("review.claimOwnDraft",
                    directory.displayName(assignee), task.getName()));
        }
    }
}
