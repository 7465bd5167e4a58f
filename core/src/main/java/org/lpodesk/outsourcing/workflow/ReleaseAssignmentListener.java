package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.ExecutionListener;

/**
 * Process-level end listener of {@code immOutsourcing}. Share's "Cancel workflow" and
 * WorkflowService.cancelWorkflow delete the process instance without passing through any step;
 * deletion still ends the process, so this listener is where the vendor's access is revoked
 * then. A process that ended through a step ({@code immwf_closedAs} set) has revoked already;
 * revoking again changes nothing.
 */
public final class ReleaseAssignmentListener implements ExecutionListener {

    private static final long serialVersionUID = 1L;

    private final transient SharingPort sharing;
    private final transient Notifier notifier;

    public ReleaseAssignmentListener(SharingPort sharing, Notifier notifier) {
        this.sharing = Objects.requireNonNull(sharing, "sharing");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.getId().equals(execution.getProcessInstanceId())) {
            // Activiti 5 also fires the process's end listeners for a sub-process scope it deletes
            // (an interrupting cancel): only the process instance's own end counts
            return;
        }
        String folder = Assignment.folder(execution);
        if (folder != null) {
            sharing.revokeAll(folder);
        }
        if (execution.getVariable(VAR_CLOSED_AS) == null) {
            notifier.send(NotificationPort.Kind.CANCELLED, execution.getProcessInstanceId(), execution);
        }
    }
}
