package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_ID;

import java.util.Objects;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.deadline.VendorDueDatePlanner;

/**
 * Create listener of {@code immwf:firmReviewTask}: the firm's review is due when the filing must
 * leave the firm, the case deadline less the filing time ({@link VendorDueDatePlanner#sendBy}, the
 * same rule that keeps the vendor's due date before the review buffer). A case without a deadline
 * leaves the task without a due date.
 */
public final class FirmReviewDueDateListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient CasePort cases;
    private final transient VendorDueDatePlanner planner;

    public FirmReviewDueDateListener(CasePort cases, VendorDueDatePlanner planner) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.planner = Objects.requireNonNull(planner, "planner");
    }

    @Override
    public void notify(DelegateTask task) {
        // the process's variable, read from the process: the new task holds none yet
        String caseId = Vars.text(task.getExecution(), VAR_CASE_ID);
        if (caseId == null) {
            return;
        }
        cases.deadline(caseId).map(planner::sendBy).map(CalendarDates::toDate).ifPresent(task::setDueDate);
    }
}
