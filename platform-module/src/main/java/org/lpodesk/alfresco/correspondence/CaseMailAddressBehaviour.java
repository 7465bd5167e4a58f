package org.lpodesk.alfresco.correspondence;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import org.alfresco.email.server.EmailServerModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.cases.numbering.CaseNumber;
import org.lpodesk.correspondence.MailAliases;

/**
 * Gives every case its e-mail address: as soon as it has its case number (given when it is
 * created, or allocated at commit by {@code CaseFolderBehaviour}), the case folder gets Alfresco's
 * {@code emailserver:aliasable} aspect with the alias the firm's pattern makes of the number, which
 * Alfresco's alias store then answers for; a renumbered case moves its alias with it. Two cases
 * cannot share an alias: Alfresco's aspect refuses the second, as it refuses two folders' aliases.
 */
public final class CaseMailAddressBehaviour implements NodeServicePolicies.OnCreateNodePolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy {

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final MailAliases aliases;

    public CaseMailAddressBehaviour(PolicyComponent policyComponent, NodeService nodeService, MailAliases aliases) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.aliases = aliases;
    }

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, ImmModel.TYPE_CASE,
                new JavaBehaviour(this, "onCreateNode", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ImmModel.TYPE_CASE,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        NodeRef caseNode = childAssocRef.getChildRef();
        address(caseNode, nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER));
    }

    @Override
    public void onUpdateProperties(NodeRef caseNode, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        Serializable number = after.get(ImmModel.PROP_CASE_NUMBER);
        if (!Objects.equals(before.get(ImmModel.PROP_CASE_NUMBER), number)) {
            address(caseNode, number);
        }
    }

    /** Gives a case its address when it has a number and no address yet (the backfill's step). */
    public void address(NodeRef caseNode) {
        address(caseNode, nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER));
    }

    private void address(NodeRef caseNode, Serializable number) {
        // a malformed number is the model constraint's to refuse, with its own sentence, not this behaviour's
        if (number == null || !number.toString().matches(CaseNumber.PATTERN) || !nodeService.exists(caseNode)) {
            return;
        }
        String alias = aliases.alias(number.toString());
        if (nodeService.hasAspect(caseNode, EmailServerModel.ASPECT_ALIASABLE)) {
            if (!alias.equals(nodeService.getProperty(caseNode, EmailServerModel.PROP_ALIAS))) {
                nodeService.setProperty(caseNode, EmailServerModel.PROP_ALIAS, alias);
            }
        } else {
            nodeService.addAspect(caseNode, EmailServerModel.ASPECT_ALIASABLE, Map.of(EmailServerModel.PROP_ALIAS, alias));
        }
    }
}
