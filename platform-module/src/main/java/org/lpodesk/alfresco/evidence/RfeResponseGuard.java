package org.lpodesk.alfresco.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ModelRefusal;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.evidence.EvidenceMessages;
import org.lpodesk.evidence.rfe.PartialResponse;
import org.lpodesk.evidence.rfe.RfeIssue;
import org.lpodesk.evidence.rfe.RfeResponseReadiness;
import org.lpodesk.firm.FirmGroup;

/**
 * An RFE response is filed (gets {@code imm:filing}, by "Mark as filed", CMIS or REST) only when
 * every issue of the notices it responds to has an exhibit, or an attorney recorded a partial
 * response with its reason: core's {@link RfeResponseReadiness} decides, and the filing is refused
 * with every unanswered issue named. The partial-response decision is the attorneys' to make;
 * the repository records which attorney made it.
 */
public final class RfeResponseGuard implements NodeServicePolicies.OnAddAspectPolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy {

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final AuthorityService authorityService;
    private final RfeResponseReadiness readiness = new RfeResponseReadiness();
    private final RfeIssueRecords records;

    /**
     * @param nodeService the internal node service: every issue and exhibit counts, whoever files
     */
    public RfeResponseGuard(PolicyComponent policyComponent, NodeService nodeService, AuthorityService authorityService) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.authorityService = authorityService;
        this.records = new RfeIssueRecords(nodeService);
    }

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnAddAspectPolicy.QNAME, ImmModel.ASPECT_FILING,
                new JavaBehaviour(this, "onAddAspect", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ImmModel.TYPE_RFE_RESPONSE,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onAddAspect(NodeRef node, QName aspect) {
        if (!nodeService.exists(node) || !ImmModel.TYPE_RFE_RESPONSE.equals(nodeService.getType(node))) {
            return;
        }
        Map<QName, Serializable> p = nodeService.getProperties(node);
        PartialResponse partial = RfeIssueRecords.partial(p);
        String name = RfeIssueRecords.text(p.get(ContentModel.PROP_NAME));
        ModelRefusal.run(() -> readiness.check(name, issues(node), partial));
    }

    @Override
    public void onUpdateProperties(NodeRef node, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        boolean decided = !Objects.equals(before.get(ImmModel.PROP_PARTIAL_RESPONSE), after.get(ImmModel.PROP_PARTIAL_RESPONSE))
                || !Objects.equals(before.get(ImmModel.PROP_PARTIAL_RESPONSE_REASON), after.get(ImmModel.PROP_PARTIAL_RESPONSE_REASON));
        // a new response starts as "not partial": only a change of the decision is the attorneys'
        if (!decided || (before.isEmpty() && !Boolean.TRUE.equals(after.get(ImmModel.PROP_PARTIAL_RESPONSE)))) {
            return;
        }
        if (AuthenticationUtil.isRunAsUserTheSystemUser()) {
            return;
        }
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        if (!authorityService.hasAdminAuthority()
                && !authorityService.getAuthoritiesForUser(user).contains(FirmGroup.ATTORNEYS.authority())) {
            throw ModelRefusal.because(new NotAllowedException(EvidenceMessages.format("rfe.partial.attorneys-only", user)));
        }
        AuthenticationUtil.runAsSystem(() -> {
            if (Boolean.TRUE.equals(after.get(ImmModel.PROP_PARTIAL_RESPONSE))) {
                nodeService.setProperty(node, ImmModel.PROP_PARTIAL_RESPONSE_BY, user);
            } else {
                nodeService.removeProperty(node, ImmModel.PROP_PARTIAL_RESPONSE_BY);
            }
            return null;
        });
    }

    /** The issues of every notice the response answers, with the names of their exhibits. */
    private List<RfeIssue> issues(NodeRef response) {
        return AuthenticationUtil.runAsSystem(() -> {
            List<RfeIssue> issues = new ArrayList<>();
            for (AssociationRef link : nodeService.getTargetAssocs(response, ImmModel.ASSOC_RESPONDS_TO)) {
                issues.addAll(records.of(link.getTargetRef()));
            }
            return issues;
        });
    }
}
