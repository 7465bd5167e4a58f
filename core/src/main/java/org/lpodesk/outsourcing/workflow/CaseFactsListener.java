package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.VAR_BENEFICIARY_NAME;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_DEADLINE;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_ID;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_NUMBER;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_TYPE;

import java.util.Objects;
import java.util.Optional;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.dates.CalendarDates;

/**
 * Create listener of every outsourcing task: copies the case facts a vendor may see (case number,
 * type, beneficiary, case deadline) into process variables, which the tasks show as their
 * {@code immwf:caseFacts}. The vendor cannot read the firm's case folder, so the facts travel with
 * the process; they are read again for each task so that a deadline moved by a notice shows, and
 * so that processes started before the facts existed get them at their next task.
 */
public final class CaseFactsListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient CasePort cases;

    public CaseFactsListener(CasePort cases) {
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = Vars.text(task, VAR_CASE_ID);
        if (caseId == null) {
            return; // a request without a case shows no case facts
        }
        Optional<CasePort.CaseFacts> facts = cases.facts(caseId);
        if (facts.isEmpty()) {
            return; // the case is gone: keep what the process knew
        }
        task.getExecution().setVariable(VAR_CASE_NUMBER, facts.get().caseNumber());
        task.getExecution().setVariable(VAR_CASE_TYPE, facts.get().caseType());
        task.getExecution().setVariable(VAR_BENEFICIARY_NAME, facts.get().beneficiaryName());
        task.getExecution().setVariable(VAR_CASE_DEADLINE,
                cases.deadline(caseId).map(CalendarDates::toDate).orElse(null));
    }
}
