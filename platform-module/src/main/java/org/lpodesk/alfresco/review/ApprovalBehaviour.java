package org.lpodesk.alfresco.review;

import java.io.Serializable;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.version.VersionServicePolicies;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.audit.LpoDeskAudit;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.review.ApprovalPolicy;
import org.lpodesk.review.AttorneyApproval;
import org.lpodesk.review.ReleaseAction;
import org.lpodesk.review.ReleaseRequest;

/**
 * The approval rules at the repository's edge, decided by core's {@link ApprovalPolicy}:
 * <ul>
 * <li>editing the content of an approved document voids the approval: checked when the
 * transaction commits, after auto-versioning gave the edit its new version label;</li>
 * <li>adding {@code imm:filing} or {@code imm:sent} to a document without a valid approval of its
 * current version is refused, and the whole transaction rolls back;</li>
 * <li>every filing and sending is audited.</li>
 * </ul>
 */
public final class ApprovalBehaviour implements ContentServicePolicies.OnContentUpdatePolicy,
        VersionServicePolicies.AfterCreateVersionPolicy,
        NodeServicePolicies.OnAddAspectPolicy {

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final ApprovalPolicy policy;
    private final LpoDeskAudit audit;

    public ApprovalBehaviour(PolicyComponent policyComponent, NodeService nodeService, ApprovalPolicy policy,
                             LpoDeskAudit audit) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.policy = policy;
        this.audit = audit;
    }

    public void init() {
        policyComponent.bindClassBehaviour(ContentServicePolicies.OnContentUpdatePolicy.QNAME,
                ImmModel.ASPECT_ATTORNEY_APPROVAL,
                new JavaBehaviour(this, "onContentUpdate", NotificationFrequency.TRANSACTION_COMMIT));
        // the auto-version of an edit is made by another commit-time behaviour, in no fixed order with
        // onContentUpdate: the new version is what voids the approval
        policyComponent.bindClassBehaviour(VersionServicePolicies.AfterCreateVersionPolicy.QNAME,
                ImmModel.ASPECT_ATTORNEY_APPROVAL,
                new JavaBehaviour(this, "afterCreateVersion", NotificationFrequency.EVERY_EVENT));
        for (QName aspect : new QName[] {ImmModel.ASPECT_FILING, ImmModel.ASPECT_SENT}) {
            policyComponent.bindClassBehaviour(NodeServicePolicies.OnAddAspectPolicy.QNAME, aspect,
                    new JavaBehaviour(this, "onAddAspect", NotificationFrequency.EVERY_EVENT));
        }
    }

    @Override
    public void onContentUpdate(NodeRef node, boolean newContent) {
        if (!nodeService.exists(node)) {
            return;
        }
        Optional<AttorneyApproval> approval = ApprovalAspect.read(nodeService, node);
        String label = currentLabel(node);
        if (approval.isPresent() && label != null && policy.voidedBy(approval.get(), label)) {
            nodeService.removeAspect(node, ImmModel.ASPECT_ATTORNEY_APPROVAL);
            audit.record(LpoDeskAudit.Event.APPROVAL, node, null, null, "voided: approval of version "
                    + approval.get().approvedVersionLabel() + " voided by edit to version " + label + " by "
                    + AuthenticationUtil.getFullyAuthenticatedUser());
        }
    }

    @Override
    public void afterCreateVersion(NodeRef node, Version version) {
        voidIfStale(node, version.getVersionLabel());
    }

    private void voidIfStale(NodeRef node, String label) {
        if (!nodeService.exists(node)) {
            return;
        }
        Optional<AttorneyApproval> approval = ApprovalAspect.read(nodeService, node);
        if (approval.isPresent() && label != null && policy.voidedBy(approval.get(), label)) {
            nodeService.removeAspect(node, ImmModel.ASPECT_ATTORNEY_APPROVAL);
            audit.record(LpoDeskAudit.Event.APPROVAL, node, null, null, "voided: approval of version "
                    + approval.get().approvedVersionLabel() + " voided by edit to version " + label + " by "
                    + AuthenticationUtil.getFullyAuthenticatedUser());
        }
    }

    @Override
    public void onAddAspect(NodeRef node, QName aspect) {
        ReleaseAction action = ImmModel.ASPECT_FILING.equals(aspect) ? ReleaseAction.FILE : ReleaseAction.SEND;
        String label = currentLabel(node);
        policy.release(new ReleaseRequest(node.toString(), label == null ? "-" : label,
                ApprovalAspect.read(nodeService, node), action)).orElseThrow();
        audit.record(action == ReleaseAction.FILE ? LpoDeskAudit.Event.FILING : LpoDeskAudit.Event.SENDING, node,
                null, null, action.name() + " version " + label);
    }

    private String currentLabel(NodeRef node) {
        Serializable label = nodeService.getProperty(node, ContentModel.PROP_VERSION_LABEL);
        return label == null ? null : label.toString();
    }
}
