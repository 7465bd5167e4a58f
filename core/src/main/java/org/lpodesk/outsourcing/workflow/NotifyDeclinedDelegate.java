package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;

/** The vendor declined before anything was shared: the requester learns why. */
public final class NotifyDeclinedDelegate implements JavaDelegate {

    private final Notifier notifier;

    public NotifyDeclinedDelegate(Notifier notifier) {
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_CLOSED_AS, CLOSED_DECLINED);
        notifier.send(NotificationPort.Kind.DECLINED, execution.getProcessInstanceId(), execution);
    }
}
