package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.Objects;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.review.workflow.DirectoryPort;
import org.lpodesk.review.workflow.TaskOutcomes;

/**
 * Complete listener of {@code immwf:intakeTask}: a manager of the vendor accepts and assigns one
 * of the vendor's associates, or declines with a reason. Anything else keeps the task open.
 */
public final class IntakeTaskCompleteListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient DirectoryPort directory;

    public IntakeTaskCompleteListener(DirectoryPort directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public void notify(DelegateTask task) {
        String managers = Vars.text(task, VAR_VENDOR_MANAGERS_GROUP);
        String user = directory.currentUser();
        if (!directory.isMember(user, managers)) {
            throw new NotAllowedException(Texts.format("intake.notManager", directory.displayName(user),
                    directory.groupDisplayName(managers)));
        }
        String outcome = TaskOutcomes.copyToProcess(task);
        if (ACCEPT.equals(outcome)) {
            Object assignee = task.getVariableLocal(VAR_DRAFTING_ASSOCIATE);
            if (assignee == null) {
                throw new InvalidRequestException(Texts.format("intake.noAssociate"));
            }
            String associate = directory.userName(assignee);
            String associates = Assignment.of(task).get(Assignment.ASSOCIATES_GROUP);
            if (!directory.isMember(associate, associates)) {
                throw new InvalidRequestException(Texts.format("intake.notAssociate",
                        directory.displayName(associate), directory.groupDisplayName(associates)));
            }
            task.getExecution().setVariable(VAR_ASSOCIATE, associate);
        } else {
            Object reason = task.getVariableLocal(VAR_DECLINE_REASON);
            if (reason == null || reason.toString().isBlank()) {
                throw new InvalidRequestException(Texts.format("intake.noReason"));
            }
            task.getExecution().setVariable(VAR_DECLINE_REASON, reason.toString().strip());
        }
    }
}
