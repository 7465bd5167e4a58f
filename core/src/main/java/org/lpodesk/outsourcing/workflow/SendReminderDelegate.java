package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;

/**
 * The reminder timer fired: the vendor's managers and the requester hear that the due date is
 * near. Once per process: the timer is created again when the vendor work restarts after a
 * change request, and must not remind twice.
 */
public final class SendReminderDelegate implements JavaDelegate {

    private final Notifier notifier;

    public SendReminderDelegate(Notifier notifier) {
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable(VAR_REMINDER_SENT))) {
            return;
        }
        execution.setVariable(VAR_REMINDER_SENT, Boolean.TRUE);
        notifier.send(NotificationPort.Kind.DUE_SOON, execution.getProcessInstanceId(), execution);
    }
}
