package org.lpodesk.review.workflow;

import java.util.List;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.sharing.DocumentRef;

/**
 * First step of {@code immAttorneyReview}, in the starting transaction: the package must hold at
 * least one versioned document, and the requester (the drafter, who never approves) is recorded.
 */
public final class PrepareAttorneyReviewDelegate implements JavaDelegate {

    private final DirectoryPort directory;
    private final WorkflowPackagePort packages;
    private final WorkProductPort workProduct;

    public PrepareAttorneyReviewDelegate(DirectoryPort directory, WorkflowPackagePort packages,
                                         WorkProductPort workProduct) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.packages = Objects.requireNonNull(packages, "packages");
        this.workProduct = Objects.requireNonNull(workProduct, "workProduct");
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object initiator = execution.getVariable(WorkflowModel.VAR_INITIATOR);
        String requester = initiator == null ? directory.currentUser() : directory.userName(initiator);
        List<DocumentRef> documents = packages.documents(execution.getVariable(WorkflowModel.VAR_PACKAGE));
        if (documents.isEmpty()) {
            throw new InvalidRequestException(WorkflowMessages.format("attorneyReview.emptyPackage",
                    directory.displayName(requester)));
        }
        for (DocumentRef document : documents) {
            workProduct.currentVersion(document.id());
        }
        execution.setVariable(WorkflowModel.VAR_REQUESTER, requester);
        execution.setVariable(WorkflowModel.VAR_REVISION_ROUND, 0);
        // Alfresco always passes the start task's due date and priority; other starters may not
        if (!execution.hasVariable(WorkflowModel.VAR_WORKFLOW_DUE_DATE)) {
            execution.setVariable(WorkflowModel.VAR_WORKFLOW_DUE_DATE, null);
        }
        if (execution.getVariable(WorkflowModel.VAR_WORKFLOW_PRIORITY) == null) {
            execution.setVariable(WorkflowModel.VAR_WORKFLOW_PRIORITY, 2);
        }
    }
}
