package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;

/**
 * The modelled cancel paths (the firm attorney's Cancel outcome, the cancel message): the vendor
 * loses access and everybody involved is told.
 */
public final class RevokeAccessDelegate implements JavaDelegate {

    private final SharingPort sharing;
    private final Notifier notifier;

    public RevokeAccessDelegate(SharingPort sharing, Notifier notifier) {
        this.sharing = Objects.requireNonNull(sharing, "sharing");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    @Override
    public void execute(DelegateExecution execution) {
        String folder = Assignment.folder(execution);
        if (folder != null) {
            sharing.revokeAll(folder);
        }
        execution.setVariable(VAR_CLOSED_AS, CLOSED_CANCELLED);
        notifier.send(NotificationPort.Kind.CANCELLED, execution.getProcessInstanceId(), execution);
    }
}
