package org.lpodesk.alfresco.notice;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.cases.CaseTree;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ModelRefusal;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.deadline.Deadline;
import org.lpodesk.deadline.NoticeDeadlines;
import org.lpodesk.deadline.Text;
import org.lpodesk.identifier.ReceiptNumber;
import org.lpodesk.notice.NoticeKind;
import org.lpodesk.notice.ServiceMethod;
import org.lpodesk.notice.UscisNotice;

/**
 * Keeps a USCIS notice's response deadline and a case's receipt number right:
 * <ul>
 * <li>on creating a notice, or changing its kind, date, service or stated due date, the facts are
 * checked (a notice dated after today in the firm's zone, a stated due date before the notice
 * date: refused, nothing stored) and the response deadline and its statement (explanation and
 * source) are computed by core's {@link NoticeDeadlines} and stored; a notice kind that starts no
 * period clears them, and flags a stated due date it cannot use. The case's deadline follows at
 * commit ({@code CaseDeadlineTriggers});</li>
 * <li>a receipt number entered on a case or a notice is claimed for the case in the
 * {@link ReceiptNumberRegistry}; one held by another case is refused and the transaction rolls
 * back.</li>
 * </ul>
 */
public final class NoticeBehaviour implements NodeServicePolicies.OnCreateNodePolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy, NodeServicePolicies.BeforeDeleteNodePolicy {

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final NoticeDeadlines deadlines;
    private final ReceiptNumberRegistry receipts;
    private final CaseTree caseTree;
    private final ZoneId firmZone;
    private final FirmCalendar firmCalendar;

    public NoticeBehaviour(PolicyComponent policyComponent, NodeService nodeService, NoticeDeadlines deadlines,
                           ReceiptNumberRegistry receipts, CaseTree caseTree, String firmZone) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.deadlines = deadlines;
        this.receipts = receipts;
        this.caseTree = caseTree;
        this.firmZone = ZoneId.of(firmZone);
        this.firmCalendar = new FirmCalendar(firmZone);
    }

    public void init() {
        for (QName type : new QName[] {ImmModel.TYPE_USCIS_NOTICE, ImmModel.TYPE_CASE}) {
            policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, type,
                    new JavaBehaviour(this, "onCreateNode", NotificationFrequency.EVERY_EVENT));
            policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, type,
                    new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
        }
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, ImmModel.TYPE_CASE,
                new JavaBehaviour(this, "beforeDeleteNode", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        NodeRef node = childAssocRef.getChildRef();
        Map<QName, Serializable> props = nodeService.getProperties(node);
        if (isNotice(node)) {
            // Alfresco also announces the archived copy of a deleted notice as created; its deadline is history
            if (StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(node.getStoreRef())) {
                computeDeadline(node, props);
            }
            claimForCase(node, props.get(ImmModel.PROP_NOTICE_RECEIPT_NUMBER));
        } else {
            claimForCase(node, props.get(ImmModel.PROP_RECEIPT_NUMBER));
        }
    }

    @Override
    public void onUpdateProperties(NodeRef node, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (!nodeService.exists(node)) {
            return;
        }
        if (isNotice(node)) {
            if (changed(before, after, ImmModel.PROP_NOTICE_KIND, ImmModel.PROP_NOTICE_DATE,
                    ImmModel.PROP_SERVICE_METHOD, ImmModel.PROP_STATED_DUE_DATE)) {
                computeDeadline(node, after);
            }
            if (changed(before, after, ImmModel.PROP_NOTICE_RECEIPT_NUMBER)) {
                claimForCase(node, after.get(ImmModel.PROP_NOTICE_RECEIPT_NUMBER));
            }
        } else if (changed(before, after, ImmModel.PROP_RECEIPT_NUMBER)) {
            receiptNumber(before.get(ImmModel.PROP_RECEIPT_NUMBER)).ifPresent(old -> receipts.release(old, node));
            claimForCase(node, after.get(ImmModel.PROP_RECEIPT_NUMBER));
        }
    }

    @Override
    public void beforeDeleteNode(NodeRef caseNode) {
        receiptNumber(nodeService.getProperty(caseNode, ImmModel.PROP_RECEIPT_NUMBER))
                .ifPresent(number -> receipts.release(number, caseNode));
    }

    private boolean isNotice(NodeRef node) {
        return !ImmModel.TYPE_CASE.equals(nodeService.getType(node));
    }

    private void computeDeadline(NodeRef notice, Map<QName, Serializable> props) {
        ModelRefusal.run(() -> storeDeadline(notice, props));
    }

    private void storeDeadline(NodeRef notice, Map<QName, Serializable> props) {
        Serializable kind = props.get(ImmModel.PROP_NOTICE_KIND);
        Serializable noticeDate = props.get(ImmModel.PROP_NOTICE_DATE);
        if (kind == null || noticeDate == null) {
            clearDeadline(notice);
            return;
        }
        Serializable method = props.get(ImmModel.PROP_SERVICE_METHOD);
        // service not recorded: count without the 3 mailing days, the earlier and so safer date
        ServiceMethod service = method == null ? ServiceMethod.ELECTRONIC : ServiceMethod.valueOf(method.toString());
        UscisNotice facts = UscisNotice.of(NoticeKind.valueOf(kind.toString()), localDate(noticeDate), service);
        Serializable stated = props.get(ImmModel.PROP_STATED_DUE_DATE);
        if (stated != null) {
            facts = facts.withStatedDueDate(localDate(stated));
        }
        deadlines.check(facts, LocalDate.now(firmZone));
        Optional<Deadline> deadline = deadlines.responseDeadline(facts);
        if (deadline.isEmpty()) {
            Optional<Text> unused = deadlines.unusedStatedDate(facts);
            nodeService.removeProperty(notice, ImmModel.PROP_RESPONSE_DEADLINE);
            if (unused.isPresent()) {
                nodeService.setProperty(notice, ImmModel.PROP_RESPONSE_DEADLINE_RULE, unused.get().format());
            } else {
                nodeService.removeProperty(notice, ImmModel.PROP_RESPONSE_DEADLINE_RULE);
            }
            nodeService.setProperty(notice, ImmModel.PROP_RESPONSE_DEADLINE_FLAGGED, unused.isPresent());
            return;
        }
        Deadline d = deadline.get();
        Map<QName, Serializable> computed = new HashMap<>();
        computed.put(ImmModel.PROP_RESPONSE_DEADLINE, CalendarDates.toDate(d.date()));
        computed.put(ImmModel.PROP_RESPONSE_DEADLINE_RULE, d.statement());
        computed.put(ImmModel.PROP_RESPONSE_DEADLINE_FLAGGED, d.isFlagged());
        nodeService.addProperties(notice, computed);
    }

    private void clearDeadline(NodeRef notice) {
        nodeService.removeProperty(notice, ImmModel.PROP_RESPONSE_DEADLINE);
        nodeService.removeProperty(notice, ImmModel.PROP_RESPONSE_DEADLINE_RULE);
        nodeService.setProperty(notice, ImmModel.PROP_RESPONSE_DEADLINE_FLAGGED, false);
    }

    /**
     * A notice's receipt number is claimed for the case folder it sits in (its primary parent); a
     * malformed number or one another case holds is refused as an integrity failure.
     */
    private void claimForCase(NodeRef node, Serializable value) {
        ModelRefusal.run(() -> claim(node, value));
    }

    private void claim(NodeRef node, Serializable value) {
        Optional<ReceiptNumber> number = receiptNumber(value);
        if (number.isEmpty()) {
            return;
        }
        caseTree.enclosingCase(node).ifPresent(caseNode -> receipts.claim(number.get(), caseNode));
    }

    private static Optional<ReceiptNumber> receiptNumber(Serializable value) {
        return value == null || value.toString().isBlank() ? Optional.empty()
                : Optional.of(ReceiptNumber.parse(value.toString()));
    }

    private static boolean changed(Map<QName, Serializable> before, Map<QName, Serializable> after, QName... names) {
        for (QName name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                return true;
            }
        }
        return false;
    }

    /** A d:date as core's convention reads it, whatever zone the writer or this JVM is in. */
    private LocalDate localDate(Serializable value) {
        return firmCalendar.dayOf((Date) value);
    }
}
