package org.lpodesk.alfresco.uscis;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.repo.transaction.TransactionalResourceHelper;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.transaction.TransactionListenerAdapter;
import org.lpodesk.alfresco.cases.CaseTree;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.identifier.ReceiptNumber;
import org.lpodesk.notice.NoticeKind;
import org.lpodesk.uscis.NoticeStatus;

/**
 * A USCIS notice filed in a case is a status source: once a notice has its kind, its date and a
 * receipt number (its own, else its case's: most notices are left without one), an entry is
 * recorded under USCIS's title for that event; a later change of any of the three records a new
 * entry (the log is never edited). Recorded once per notice just before the
 * transaction commits, when Share's two-step create (node, then properties) is complete; a
 * failure rolls the notice back with it.
 */
public final class NoticeStatusTrigger extends TransactionListenerAdapter
        implements NodeServicePolicies.OnCreateNodePolicy, NodeServicePolicies.OnUpdatePropertiesPolicy {

    private static final String KEY = NoticeStatusTrigger.class.getName() + ".notices";
    private static final List<QName> FACTS = List.of(ImmModel.PROP_NOTICE_KIND, ImmModel.PROP_NOTICE_DATE,
            ImmModel.PROP_NOTICE_RECEIPT_NUMBER);

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final StatusRecorder recorder;
    private final CaseTree caseTree;
    private final FirmCalendar firmCalendar;
    private final Clock clock;

    /** @param nodeService the internal node service */
    public NoticeStatusTrigger(PolicyComponent policyComponent, NodeService nodeService, StatusRecorder recorder,
                               CaseTree caseTree, FirmCalendar firmCalendar, Clock clock) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.recorder = recorder;
        this.caseTree = caseTree;
        this.firmCalendar = firmCalendar;
        this.clock = clock;
    }

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, ImmModel.TYPE_USCIS_NOTICE,
                new JavaBehaviour(this, "onCreateNode", NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, ImmModel.TYPE_USCIS_NOTICE,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        pend(childAssocRef.getChildRef());
    }

    @Override
    public void onUpdateProperties(NodeRef notice, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        for (QName fact : FACTS) {
            if (!Objects.equals(before.get(fact), after.get(fact))) {
                pend(notice);
                return;
            }
        }
    }

    private void pend(NodeRef notice) {
        if (StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(notice.getStoreRef())) {
            TransactionalResourceHelper.<NodeRef>getSet(KEY).add(notice);
            AlfrescoTransactionSupport.bindListener(this);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        Set<NodeRef> pending = TransactionalResourceHelper.getSet(KEY);
        List<NodeRef> notices = new ArrayList<>(pending);
        pending.clear();
        for (NodeRef notice : notices) {
            record(notice);
        }
    }

    private void record(NodeRef notice) {
        if (!nodeService.exists(notice)) {
            return;
        }
        Map<QName, Serializable> p = nodeService.getProperties(notice);
        Serializable kind = p.get(ImmModel.PROP_NOTICE_KIND);
        Serializable date = p.get(ImmModel.PROP_NOTICE_DATE);
        Serializable receipt = p.get(ImmModel.PROP_NOTICE_RECEIPT_NUMBER);
        if (receipt == null || receipt.toString().isBlank()) {
            receipt = caseTree.enclosingCase(notice).map(c -> nodeService.getProperty(c, ImmModel.PROP_RECEIPT_NUMBER))
                    .orElse(null);
        }
        if (kind == null || !(date instanceof Date noticeDate) || receipt == null || receipt.toString().isBlank()) {
            return;
        }
        ReceiptNumber number = ReceiptNumber.parse(receipt.toString());
        if (recorder.caseHolding(number).isEmpty()) {
            // a notice outside any case: nothing to log it in
            return;
        }
        String by = Optional.ofNullable(AuthenticationUtil.getFullyAuthenticatedUser()).orElse(AuthenticationUtil.getSystemUserName());
        // the notice's calendar date, as the start of that day in the firm's zone
        Date day = Date.from(firmCalendar.dayOf(noticeDate).atStartOfDay(firmCalendar.zone()).toInstant());
        recorder.record(NoticeStatus.check(number, NoticeKind.valueOf(kind.toString()), day.toInstant(), clock.instant(), by),
                Optional.empty());
    }
}
