package org.lpodesk.alfresco.review;

import java.io.Serializable;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.review.AttorneyApproval;
import org.lpodesk.review.ReviewOutcome;

/** Reads the {@code imm:attorneyApproval} aspect into core's {@link AttorneyApproval}. */
public final class ApprovalAspect {

    private ApprovalAspect() {
    }

    static Optional<AttorneyApproval> read(NodeService nodeService, NodeRef node) {
        if (!nodeService.hasAspect(node, ImmModel.ASPECT_ATTORNEY_APPROVAL)) {
            return Optional.empty();
        }
        return fromProperties(nodeService.getProperties(node));
    }

    /** The approval held by a node's properties; empty when the record is incomplete. */
    public static Optional<AttorneyApproval> fromProperties(Map<QName, Serializable> p) {
        Serializable approver = p.get(ImmModel.PROP_APPROVER);
        Serializable on = p.get(ImmModel.PROP_APPROVED_ON);
        Serializable outcome = p.get(ImmModel.PROP_APPROVAL_OUTCOME);
        Serializable label = p.get(ImmModel.PROP_APPROVED_VERSION_LABEL);
        if (approver == null || on == null || outcome == null || label == null) {
            // an incomplete record approves nothing
            return Optional.empty();
        }
        Serializable comment = p.get(ImmModel.PROP_APPROVAL_COMMENT);
        return Optional.of(new AttorneyApproval(approver.toString(), ((Date) on).toInstant(),
                ReviewOutcome.valueOf(outcome.toString()), comment == null ? null : comment.toString(),
                label.toString()));
    }
}
