package org.lpodesk.alfresco.sharing;

import java.io.Serializable;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.sharing.InitialConfidentiality;

/**
 * A new identity document ({@code imm:identityDocument}, created as one or made one by a change
 * of type, as Share's upload-then-change-type does) gets the level core's
 * {@link InitialConfidentiality} decides: restricted PII unless a level other than the model's
 * default was given. Runs on every event, inside the creating call, so that a client that creates
 * first and sets properties after (CMIS, Share forms) keeps the level it sets.
 */
public final class IdentityDocumentConfidentiality implements NodeServicePolicies.OnCreateNodePolicy,
        NodeServicePolicies.OnSetNodeTypePolicy {

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;

    public IdentityDocumentConfidentiality(PolicyComponent policyComponent, NodeService nodeService) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
    }

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME,
                ImmModel.TYPE_IDENTITY_DOCUMENT,
                new JavaBehaviour(this, "onCreateNode", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnSetNodeTypePolicy.QNAME,
                ImmModel.TYPE_IDENTITY_DOCUMENT,
                new JavaBehaviour(this, "onSetNodeType", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        apply(childAssocRef.getChildRef());
    }

    @Override
    public void onSetNodeType(NodeRef node, QName oldType, QName newType) {
        if (!ImmModel.TYPE_IDENTITY_DOCUMENT.equals(oldType)) {
            apply(node);
        }
    }

    private void apply(NodeRef node) {
        if (!nodeService.exists(node)) {
            return;
        }
        Serializable stored = nodeService.getProperty(node, ImmModel.PROP_CONFIDENTIALITY_LEVEL);
        InitialConfidentiality.of(true, stored == null ? null : stored.toString()).ifPresent(level ->
                nodeService.setProperty(node, ImmModel.PROP_CONFIDENTIALITY_LEVEL, level.modelValue()));
    }
}
