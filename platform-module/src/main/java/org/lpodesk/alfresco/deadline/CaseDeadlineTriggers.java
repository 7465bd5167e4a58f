package org.lpodesk.alfresco.deadline;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.cases.CaseTree;
import org.lpodesk.alfresco.cases.PendingCases;
import org.lpodesk.alfresco.model.ImmModel;

/**
 * Notes every case whose deadline may have moved, whoever changed what: a notice created,
 * edited, marked answered, moved, deleted or restored; a response linked to a notice, unlinked,
 * filed, unfiled, deleted or restored. The cases are recomputed once each just before the
 * transaction commits, when every change of the transaction (a notice deleted with its folder,
 * a response filed after it was linked) is in place; a recomputation that fails rolls the whole
 * transaction back.
 */
public final class CaseDeadlineTriggers implements
        NodeServicePolicies.OnCreateNodePolicy, NodeServicePolicies.OnUpdatePropertiesPolicy,
        NodeServicePolicies.OnMoveNodePolicy, NodeServicePolicies.BeforeDeleteNodePolicy,
        NodeServicePolicies.OnCreateAssociationPolicy, NodeServicePolicies.OnDeleteAssociationPolicy,
        NodeServicePolicies.OnAddAspectPolicy, NodeServicePolicies.OnRemoveAspectPolicy {


    /** Changes of a notice that can move its case's deadline. */
    private static final List<QName> NOTICE_FACTS = List.of(ImmModel.PROP_RESPONSE_DEADLINE,
            ImmModel.PROP_RESPONSE_DEADLINE_RULE, ImmModel.PROP_NOTICE_ANSWERED, ImmModel.PROP_NOTICE_KIND,
            ImmModel.PROP_NOTICE_DATE);

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final CaseTree caseTree;
    private final PendingCases pending;

    public CaseDeadlineTriggers(PolicyComponent policyComponent, NodeService nodeService, CaseTree caseTree,
                                CaseDeadlineKeeper keeper) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.caseTree = caseTree;
        this.pending = new PendingCases(CaseDeadlineTriggers.class.getName() + ".pending", nodeService,
                caseNode -> keeper.recompute(caseNode));
    }

    public void init() {
        for (QName type : List.of(ImmModel.TYPE_USCIS_NOTICE, ImmModel.TYPE_RFE_RESPONSE)) {
            bind(NodeServicePolicies.OnCreateNodePolicy.QNAME, type, "onCreateNode");
            bind(NodeServicePolicies.OnMoveNodePolicy.QNAME, type, "onMoveNode");
            bind(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, type, "beforeDeleteNode");
        }
        bind(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ImmModel.TYPE_USCIS_NOTICE, "onUpdateProperties");
        bind(NodeServicePolicies.OnAddAspectPolicy.QNAME, ImmModel.ASPECT_FILING, "onAddAspect");
        bind(NodeServicePolicies.OnRemoveAspectPolicy.QNAME, ImmModel.ASPECT_FILING, "onRemoveAspect");
        for (QName policy : List.of(NodeServicePolicies.OnCreateAssociationPolicy.QNAME,
                NodeServicePolicies.OnDeleteAssociationPolicy.QNAME)) {
            String method = policy.equals(NodeServicePolicies.OnCreateAssociationPolicy.QNAME) ? "onCreateAssociation"
                    : "onDeleteAssociation";
            policyComponent.bindAssociationBehaviour(policy, ImmModel.TYPE_RFE_RESPONSE, ImmModel.ASSOC_RESPONDS_TO,
                    new JavaBehaviour(this, method, NotificationFrequency.EVERY_EVENT));
        }
    }

    private void bind(QName policy, QName type, String method) {
        policyComponent.bindClassBehaviour(policy, type, new JavaBehaviour(this, method, NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        touched(childAssocRef.getChildRef());
    }

    @Override
    public void onUpdateProperties(NodeRef notice, Map<QName, Serializable> before,
                                   Map<QName, Serializable> after) {
        for (QName fact : NOTICE_FACTS) {
            if (!Objects.equals(before.get(fact), after.get(fact))) {
                touched(notice);
                return;
            }
        }
    }

    @Override
    public void onMoveNode(ChildAssociationRef oldChildAssocRef, ChildAssociationRef newChildAssocRef) {
        pendCaseOf(oldChildAssocRef.getParentRef());
        touched(newChildAssocRef.getChildRef());
    }

    @Override
    public void beforeDeleteNode(NodeRef node) {
        touched(node);
    }

    @Override
    public void onCreateAssociation(AssociationRef link) {
        pendCaseOf(link.getTargetRef());
    }

    @Override
    public void onDeleteAssociation(AssociationRef link) {
        pendCaseOf(link.getTargetRef());
    }

    @Override
    public void onAddAspect(NodeRef node, QName aspect) {
        touched(node);
    }

    @Override
    public void onRemoveAspect(NodeRef node, QName aspect) {
        touched(node);
    }

    /** A notice's own case, or for a response the cases of the notices it answers. */
    private void touched(NodeRef node) {
        if (!inWorkspace(node) || !nodeService.exists(node)) {
            return;
        }
        QName type = nodeService.getType(node);
        if (ImmModel.TYPE_RFE_RESPONSE.equals(type)) {
            for (AssociationRef link : nodeService.getTargetAssocs(node, ImmModel.ASSOC_RESPONDS_TO)) {
                pendCaseOf(link.getTargetRef());
            }
        } else if (ImmModel.TYPE_USCIS_NOTICE.equals(type)) {
            pendCaseOf(node);
        }
    }

    private void pendCaseOf(NodeRef node) {
        if (inWorkspace(node) && nodeService.exists(node)) {
            caseTree.enclosingCase(node).ifPresent(pending::pend);
        }
    }

    private static boolean inWorkspace(NodeRef node) {
        return StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(node.getStoreRef());
    }
}
