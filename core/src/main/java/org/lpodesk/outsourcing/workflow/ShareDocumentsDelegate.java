package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.Objects;
import java.util.Set;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.lpodesk.outsourcing.workflow.SharingPort.AccessRole;

/**
 * Asynchronous step after the vendor accepted: creates (or finds) the assignment folder, copies
 * the documents the start check allowed, and opens the folder to the associate, the vendor's
 * reviewers and, read-only, its managers. Idempotent: a job retried after a failure copies only
 * what is not there yet.
 */
public final class ShareDocumentsDelegate implements JavaDelegate {

    private final SharingPort sharing;

    public ShareDocumentsDelegate(SharingPort sharing) {
        this.sharing = Objects.requireNonNull(sharing, "sharing");
    }

    @Override
    public void execute(DelegateExecution execution) {
        Assignment assignment = Assignment.of(execution);
        String folder = sharing.assignmentFolder(new SharingPort.AssignmentFolderRequest(
                execution.getProcessInstanceId(), assignment.get(Assignment.VENDOR_SITE),
                Vars.text(execution, VAR_VENDOR_ID), Vars.text(execution, VAR_TASK_KIND),
                Vars.text(execution, VAR_CASE_ID)));
        // once on the process, not on each task: Alfresco shows a process variable on every task
        // of the process (runtime and history), and one variable is one row instead of three; the
        // steps read it there too (Assignment.folder), so the assignment state is not rewritten
        Vars.update(execution, VAR_ASSIGNMENT_FOLDER, folder);
        Set<String> already = sharing.copiedDocuments(folder);
        for (String document : assignment.list(Assignment.SHARED_DOCUMENTS)) {
            if (!already.contains(document)) {
                sharing.copy(document, folder, Vars.text(execution, VAR_TASK_KIND));
            }
        }
        sharing.grant(folder, Vars.text(execution, VAR_ASSOCIATE), AccessRole.COLLABORATOR);
        sharing.grant(folder, Vars.text(execution, VAR_VENDOR_REVIEWERS_GROUP), AccessRole.COLLABORATOR);
        sharing.grant(folder, Vars.text(execution, VAR_VENDOR_MANAGERS_GROUP), AccessRole.CONSUMER);
    }
}
