package org.lpodesk.alfresco.sharing;

import java.io.Serializable;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.lpodesk.alfresco.audit.LpoDeskAudit;
import org.lpodesk.alfresco.model.ImmModel;

/**
 * Audits every read of a shared copy's content (a node carrying {@code imm:lpoShare} with
 * {@code imm:sharedFrom}): the per-user access log a breach response needs (ABA 483). Reads by
 * the system user (renditions, indexing) are not people reading and are left out.
 */
public final class SharedCopyReadAudit implements ContentServicePolicies.OnContentReadPolicy {

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final LpoDeskAudit audit;

    public SharedCopyReadAudit(PolicyComponent policyComponent, NodeService nodeService, LpoDeskAudit audit) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.audit = audit;
    }

    public void init() {
        policyComponent.bindClassBehaviour(ContentServicePolicies.OnContentReadPolicy.QNAME, ImmModel.ASPECT_LPO_SHARE,
                new JavaBehaviour(this, "onContentRead", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onContentRead(NodeRef node) {
        if (AuthenticationUtil.isRunAsUserTheSystemUser() || !nodeService.exists(node)) {
            return;
        }
        Serializable from = nodeService.getProperty(node, ImmModel.PROP_SHARED_FROM);
        if (from == null) {
            return; // the firm's original, not a shared copy
        }
        Serializable vendor = nodeService.getProperty(node, ImmModel.PROP_SHARED_WITH_VENDOR);
        Serializable task = nodeService.getProperty(node, ImmModel.PROP_SHARED_FOR_TASK);
        audit.record(LpoDeskAudit.Event.LPO_READ, node, vendor == null ? null : vendor.toString(),
                task == null ? null : task.toString(), "copy of " + from);
    }
}
