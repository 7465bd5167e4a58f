package org.lpodesk.alfresco.uscis;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ModelRefusal;
import org.lpodesk.uscis.UscisMessages;

/**
 * A recorded status check is never edited, by anyone (Share's forms, CMIS, a script): the log is
 * evidence of what USCIS said when, and a correction is a new check. A change of any {@code imm}
 * property after the check was created is refused and the transaction rolls back.
 */
public final class StatusCheckGuard implements NodeServicePolicies.OnUpdatePropertiesPolicy {

    private final PolicyComponent policyComponent;

    public StatusCheckGuard(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ImmModel.TYPE_STATUS_CHECK,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onUpdateProperties(NodeRef node, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (before.isEmpty()) {
            // the creation itself
            return;
        }
        for (QName name : union(before, after)) {
            if (ImmModel.URI.equals(name.getNamespaceURI()) && !Objects.equals(before.get(name), after.get(name))) {
                throw ModelRefusal.of(UscisMessages.format("log.neverEdited", before.get(ImmModel.PROP_CHECK_RECEIPT_NUMBER)));
            }
        }
    }

    private static Set<QName> union(Map<QName, Serializable> a, Map<QName, Serializable> b) {
        Set<QName> all = new HashSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
