package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.FIRM_REVIEW_TASK;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_PACKAGE;

import java.util.List;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.review.workflow.WorkflowPackagePort;

/**
 * Create listener of the tasks that work on the assignment folder (drafting, LPO review, firm
 * review): each task shows the documents it is about and links to the folder. The vendor cannot
 * read the firm's originals, so its tasks list the folder's documents (the shared copies and the
 * drafts); the firm's attorney reviews the vendor's work product, so the firm review lists the
 * drafts. The folder travels as the process variable {@code immwf:assignmentFolder}, set when it is
 * made, which Alfresco shows on each of these tasks.
 */
public final class AssignmentDocumentsListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient SharingPort sharing;
    private final transient WorkflowPackagePort packages;

    public AssignmentDocumentsListener(SharingPort sharing, WorkflowPackagePort packages) {
        this.sharing = Objects.requireNonNull(sharing, "sharing");
        this.packages = Objects.requireNonNull(packages, "packages");
    }

    @Override
    public void notify(DelegateTask task) {
        // the process's variables, read from the process: the new task holds none yet, and asking it
        // would load its variables from the database only to find none
        DelegateExecution process = task.getExecution();
        String folder = Assignment.folder(process);
        if (folder == null) {
            return;
        }
        List<String> documents = FIRM_REVIEW_TASK.equals(task.getTaskDefinitionKey())
                ? sharing.drafts(folder).stream().map(SharingPort.Draft::documentId).toList()
                : sharing.documentsIn(folder);
        packages.show(process.getVariable(VAR_PACKAGE), documents);
    }
}
