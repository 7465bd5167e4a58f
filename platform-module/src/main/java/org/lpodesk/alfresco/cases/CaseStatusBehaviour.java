package org.lpodesk.alfresco.cases;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.transaction.TransactionalResourceHelper;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ModelRefusal;
import org.lpodesk.cases.CaseStatus;

/**
 * Every change of a case's {@code imm:caseStatus}, from Share, CMIS, REST or Java, is checked
 * by core's {@link CaseStatus#checkUpdate}: an illegal move (for example CLOSED to DRAFTING)
 * throws with core's message naming both statuses, and the whole transaction rolls back. A new
 * case may start in any status: Alfresco's CMIS createFolder creates the node with the model's
 * default (INTAKE) and sets the given properties in a second step, so updates of a case created
 * in the same transaction are not moves (an imported FILED case would be refused otherwise).
 * Checked on every event, not at commit, so that the refusal reaches the caller whose change it is.
 */
public final class CaseStatusBehaviour implements NodeServicePolicies.OnUpdatePropertiesPolicy,
        NodeServicePolicies.OnCreateNodePolicy {

    private static final String CREATED_IN_TRANSACTION = CaseStatusBehaviour.class.getName() + ".created";

    private final PolicyComponent policyComponent;

    public CaseStatusBehaviour(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, ImmModel.TYPE_CASE,
                new JavaBehaviour(this, "onCreateNode", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ImmModel.TYPE_CASE,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        TransactionalResourceHelper.<NodeRef>getSet(CREATED_IN_TRANSACTION).add(childAssocRef.getChildRef());
    }

    @Override
    public void onUpdateProperties(NodeRef caseNode, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (TransactionalResourceHelper.<NodeRef>getSet(CREATED_IN_TRANSACTION).contains(caseNode)) {
            return;
        }
        ModelRefusal.check(() -> CaseStatus.checkUpdate(text(before.get(ImmModel.PROP_CASE_STATUS)),
                text(after.get(ImmModel.PROP_CASE_STATUS))));
    }

    private static String text(Serializable value) {
        return value == null ? null : value.toString();
    }
}
