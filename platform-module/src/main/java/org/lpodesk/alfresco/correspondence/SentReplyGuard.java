package org.lpodesk.alfresco.correspondence;

import java.io.Serializable;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.api.ConflictException;
import org.lpodesk.correspondence.CorrespondenceTexts;
import org.lpodesk.correspondence.ReplyGate;
import org.lpodesk.correspondence.ReplyState;

/**
 * A reply on its way out or sent is not changed: its content (the version the attorney approved
 * and the client received) and its recipients and subject are refused an edit, whoever asks,
 * and the transaction rolls back. A reply that failed may be corrected and sent again (its
 * approval is voided by the edit, as for any document).
 */
public final class SentReplyGuard implements ContentServicePolicies.OnContentUpdatePolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy {

    private static final Set<QName> FIXED = Set.of(ImmModel.PROP_REPLY_RECIPIENTS, ImmModel.PROP_REPLY_COPIES,
            ImmModel.PROP_MAIL_SUBJECT, ImmModel.PROP_MAIL_TO, ImmModel.PROP_MAIL_CC);

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final ReplyGate gate;
    private final Locale locale;

    public SentReplyGuard(PolicyComponent policyComponent, NodeService nodeService, ReplyGate gate, Locale locale) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.gate = gate;
        this.locale = locale;
    }

    public void init() {
        policyComponent.bindClassBehaviour(ContentServicePolicies.OnContentUpdatePolicy.QNAME, ImmModel.ASPECT_REPLY,
                new JavaBehaviour(this, "onContentUpdate", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ImmModel.ASPECT_REPLY,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onContentUpdate(NodeRef reply, boolean newContent) {
        if (!newContent && nodeService.exists(reply)) {
            refuseIfFixed(reply, nodeService.getProperty(reply, ImmModel.PROP_REPLY_STATE));
        }
    }

    @Override
    public void onUpdateProperties(NodeRef reply, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        for (QName fixed : FIXED) {
            if (!java.util.Objects.equals(before.get(fixed), after.get(fixed))) {
                refuseIfFixed(reply, before.get(ImmModel.PROP_REPLY_STATE));
                return;
            }
        }
    }

    private void refuseIfFixed(NodeRef reply, Serializable state) {
        String name = (String) nodeService.getProperty(reply, ContentModel.PROP_NAME);
        if (ReplyState.SENT.name().equals(state)) {
            Date sentOn = (Date) nodeService.getProperty(reply, ImmModel.PROP_SENT_ON);
            throw new ConflictException(gate.editAfterSending(name, sentOn == null ? java.time.Instant.EPOCH
                    : sentOn.toInstant()));
        }
        if (ReplyState.QUEUED.name().equals(state) || ReplyState.RETRYING.name().equals(state)) {
            throw new ConflictException(CorrespondenceTexts.format(locale, "send.editWhileSending", name));
        }
    }
}
