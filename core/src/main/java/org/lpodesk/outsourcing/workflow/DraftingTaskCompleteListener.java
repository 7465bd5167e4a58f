package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.Objects;
import java.util.Set;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.review.workflow.DirectoryPort;

/**
 * Complete listener of {@code immwf:draftingTask}: adds the hours logged to the task's total,
 * requires a draft in the assignment folder, and remembers who drafted (they never approve).
 */
public final class DraftingTaskCompleteListener implements TaskListener {

    private static final long serialVersionUID = 1L;
    private static final double MAX_HOURS = 200;

    private final transient SharingPort sharing;
    private final transient DirectoryPort directory;

    public DraftingTaskCompleteListener(SharingPort sharing, DirectoryPort directory) {
        this.sharing = Objects.requireNonNull(sharing, "sharing");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public void notify(DelegateTask task) {
        Object logged = task.getVariableLocal(VAR_HOURS_LOGGED);
        double hours;
        if (logged == null) {
            hours = 0;
        } else if (logged instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= MAX_HOURS) {
            hours = n.doubleValue();
        } else {
            throw new InvalidRequestException(Texts.format("drafting.hours.invalid", logged));
        }
        Assignment assignment = Assignment.of(task);
        if (sharing.drafts(assignment.get(Assignment.FOLDER)).isEmpty()) {
            throw new InvalidRequestException(Texts.format("drafting.noDraft"));
        }
        String drafter = task.getAssignee() != null ? task.getAssignee() : directory.currentUser();
        Set<String> drafters = assignment.set(Assignment.DRAFTERS);
        drafters.add(drafter);
        // the total and the drafters in one write: a separate variable for the total was a second
        // row to insert now and to reload and rewrite when the process ends
        double total = assignment.number(Assignment.TOTAL_HOURS) + hours;
        assignment.with(Assignment.DRAFTERS, Vars.join(drafters))
                .with(Assignment.TOTAL_HOURS, total)
                .store(task.getExecution());
        // shown on the reviewers' tasks (immwf:caseFacts): the hours so far and the drafter's note
        Vars.update(task.getExecution(), VAR_HOURS_LOGGED_TOTAL, total);
        Vars.update(task.getExecution(), VAR_VENDOR_COMMENT, task.getVariableLocal(VAR_COMMENT));
    }
}
