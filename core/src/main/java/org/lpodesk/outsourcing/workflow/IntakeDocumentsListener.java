package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.VAR_DOCUMENTS_TO_SHARE;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_PACKAGE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.review.workflow.WorkflowPackagePort;
import org.lpodesk.sharing.DocumentRef;

/**
 * Create listener of the vendor's intake: the manager deciding whether to take the task sees which
 * documents will travel, by name, although nothing is shared before the acceptance and the firm's
 * originals stay closed to the vendor ({@code immwf:documentsToShare}).
 */
public final class IntakeDocumentsListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient WorkflowPackagePort packages;

    public IntakeDocumentsListener(WorkflowPackagePort packages) {
        this.packages = Objects.requireNonNull(packages, "packages");
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> names = new ArrayList<>();
        for (DocumentRef document : packages.documents(task.getExecution().getVariable(VAR_PACKAGE))) {
            names.add(document.name());
        }
        // one text: a list variable is stored serialized, which Alfresco's task forms do not read
        task.setVariableLocal(VAR_DOCUMENTS_TO_SHARE, String.join(", ", names));
    }
}
