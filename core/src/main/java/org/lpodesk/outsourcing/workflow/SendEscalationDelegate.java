package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;

/**
 * The due date passed with the vendor's work still open: the vendor's managers and the requester
 * are told, once per process (see {@link SendReminderDelegate}).
 */
public final class SendEscalationDelegate implements JavaDelegate {

    private final Notifier notifier;

    public SendEscalationDelegate(Notifier notifier) {
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable(VAR_ESCALATION_SENT))) {
            return;
        }
        execution.setVariable(VAR_ESCALATION_SENT, Boolean.TRUE);
        notifier.send(NotificationPort.Kind.OVERDUE, execution.getProcessInstanceId(), execution);
    }
}
