package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.lpodesk.api.ConflictException;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.review.ApprovalPolicy;
import org.lpodesk.review.ApprovalState;
import org.lpodesk.review.AttorneyApproval;
import org.lpodesk.review.DocumentVersion;
import org.lpodesk.review.workflow.WorkProductPort;

/**
 * Asynchronous step after the firm attorney approved: each draft whose current version carries a
 * valid approval becomes a new version in the case, carrying the approval. A draft edited after
 * the approval is not delivered (the step fails, naming it). Idempotent: a retried job finds
 * what an earlier attempt delivered under the same key.
 */
public final class DeliverDraftsDelegate implements JavaDelegate {

    private final SharingPort sharing;
    private final WorkProductPort workProduct;
    private final DeliveryPort delivery;
    private final ApprovalPolicy policy;

    public DeliverDraftsDelegate(SharingPort sharing, WorkProductPort workProduct, DeliveryPort delivery,
                                 ApprovalPolicy policy) {
        this.sharing = Objects.requireNonNull(sharing, "sharing");
        this.workProduct = Objects.requireNonNull(workProduct, "workProduct");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = Vars.text(execution, VAR_CASE_ID);
        String kind = Vars.text(execution, VAR_TASK_KIND);
        TaskKind taskKind = kind == null || kind.isBlank() ? null : TaskKind.valueOf(kind);
        List<String> delivered = new ArrayList<>();
        for (SharingPort.Draft draft : sharing.drafts(Assignment.folder(execution))) {
            DocumentVersion current = workProduct.currentVersion(draft.documentId());
            Optional<AttorneyApproval> approval = workProduct.review(draft.documentId());
            ApprovalState state = policy.state(approval, current.versionLabel());
            if (state != ApprovalState.VALID) {
                throw new ConflictException(Texts.format("deliver.notApproved", current.documentRef(),
                        current.versionLabel(), state));
            }
            String key = execution.getProcessInstanceId() + "/" + draft.documentId() + "@" + current.versionLabel();
            DeliveryPort.DeliveredVersion version = delivery.findDelivery(key).orElseGet(() -> delivery.deliver(
                    new DeliveryPort.Delivery(key, caseId, draft.documentId(), current.versionLabel(),
                            draft.copiedFrom(), approval.get(), taskKind)));
            delivered.add(version.documentId() + "@" + version.versionLabel());
        }
        // kept with the assignment: the delivery notification reads it there, nothing else by name
        Assignment.of(execution).with(Assignment.DELIVERED_VERSIONS, String.join(",", delivered)).store(execution);
    }
}
