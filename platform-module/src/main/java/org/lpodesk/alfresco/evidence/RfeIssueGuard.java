package org.lpodesk.alfresco.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.lpodesk.alfresco.cases.CaseTree;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ModelRefusal;
import org.lpodesk.evidence.rfe.RfeIssueRules;

/**
 * Keeps RFE issue records true to core's {@link RfeIssueRules}, however they are written (CMIS,
 * REST, Share): filed under a notice that asks for something, numbered once within it, answered
 * only by exhibits of the notice's own case, never without its requirement. A refusal fails the transaction: nothing is stored.
 */
public final class RfeIssueGuard implements NodeServicePolicies.OnCreateNodePolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy, NodeServicePolicies.OnCreateAssociationPolicy {

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final CaseTree caseTree;
    private final RfeIssueRules rules = new RfeIssueRules();

    /** @param nodeService the internal node service (the rule holds whoever writes); {@code caseTree} built on the same */
    public RfeIssueGuard(PolicyComponent policyComponent, NodeService nodeService, CaseTree caseTree) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.caseTree = caseTree;
    }

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, ImmModel.TYPE_RFE_ISSUE,
                new JavaBehaviour(this, "onCreateNode", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ImmModel.TYPE_RFE_ISSUE,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindAssociationBehaviour(NodeServicePolicies.OnCreateAssociationPolicy.QNAME, ImmModel.TYPE_RFE_ISSUE,
                ImmModel.ASSOC_ISSUE_EXHIBITS, new JavaBehaviour(this, "onCreateAssociation", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef created) {
        checkNumber(created.getChildRef());
    }

    @Override
    public void onUpdateProperties(NodeRef issue, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (!before.isEmpty() && (!Objects.equals(before.get(ImmModel.PROP_ISSUE_NUMBER), after.get(ImmModel.PROP_ISSUE_NUMBER))
                || !Objects.equals(before.get(ImmModel.PROP_ISSUE_REQUIREMENT), after.get(ImmModel.PROP_ISSUE_REQUIREMENT)))) {
            checkNumber(issue);
        }
    }

    @Override
    public void onCreateAssociation(AssociationRef link) {
        AuthenticationUtil.runAsSystem(() -> {
            NodeRef issue = link.getSourceRef();
            NodeRef notice = nodeService.getPrimaryParent(issue).getParentRef();
            Optional<String> noticeCase = caseTree.enclosingCase(notice).map(NodeRef::toString);
            Optional<String> exhibitCase = caseTree.enclosingCase(link.getTargetRef()).map(NodeRef::toString);
            ModelRefusal.run(() -> rules.checkExhibit(name(link.getTargetRef()), exhibitCase,
                    noticeCase.orElse(""), number(issue)));
            return null;
        });
    }

    private void checkNumber(NodeRef issue) {
        AuthenticationUtil.runAsSystem(() -> {
            if (!nodeService.exists(issue)) {
                return null;
            }
            NodeRef notice = nodeService.getPrimaryParent(issue).getParentRef();
            Serializable kind = ImmModel.TYPE_USCIS_NOTICE.equals(nodeService.getType(notice))
                    ? nodeService.getProperty(notice, ImmModel.PROP_NOTICE_KIND) : null;
            List<Integer> taken = new ArrayList<>();
            for (ChildAssociationRef other : nodeService.getChildAssocs(notice, ImmModel.ASSOC_RFE_ISSUES,
                    RegexQNamePattern.MATCH_ALL)) {
                if (!other.getChildRef().equals(issue)) {
                    taken.add(number(other.getChildRef()));
                }
            }
            Serializable requirement = nodeService.getProperty(issue, ImmModel.PROP_ISSUE_REQUIREMENT);
            ModelRefusal.run(() -> rules.checkIssue(name(notice), kind == null ? null : kind.toString(), number(issue),
                    requirement == null ? null : requirement.toString(), taken));
            return null;
        });
    }

    private int number(NodeRef issue) {
        return nodeService.getProperty(issue, ImmModel.PROP_ISSUE_NUMBER) instanceof Number n ? n.intValue() : 0;
    }

    private String name(NodeRef node) {
        Serializable name = nodeService.getProperty(node, ContentModel.PROP_NAME);
        return name == null ? node.getId() : name.toString();
    }
}
