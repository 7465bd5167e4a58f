package org.lpodesk.alfresco.uscis;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.alfresco.util.GUID;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.identifier.ReceiptNumber;
import org.lpodesk.uscis.StatusCheck;
import org.lpodesk.uscis.StatusLog;
import org.lpodesk.uscis.StatusSource;

/**
 * The USCIS status log as the repository keeps it: one {@code imm:statusCheck} per check under
 * the case ({@code imm:statusChecks}, on the {@code imm:uscisStatus} aspect, so that the case
 * folder's CMIS type still admits any document), and the case's last good status on the case
 * for the case list. Read and written with the internal node service: who may ask is decided by
 * the callers.
 */
public final class StatusRecords {

    /** One stored check, with what the repository adds to core's value. */
    public record Entry(NodeRef node, StatusCheck check, boolean changed, Optional<NodeRef> screenshot) {
    }

    private final NodeService nodeService;

    public StatusRecords(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /** Every check of the case, of all its receipt numbers, in the order they were recorded. */
    public List<Entry> entries(NodeRef caseNode) {
        List<Entry> entries = new ArrayList<>();
        if (!nodeService.hasAspect(caseNode, ImmModel.ASPECT_USCIS_STATUS)) {
            return entries;
        }
        for (ChildAssociationRef child : nodeService.getChildAssocs(caseNode, ImmModel.ASSOC_STATUS_CHECKS,
                RegexQNamePattern.MATCH_ALL)) {
            entry(child.getChildRef()).ifPresent(entries::add);
        }
        entries.sort(Comparator.comparing((Entry e) -> e.check().checkedAt()));
        return entries;
    }

    /** The log of one receipt number of the case. */
    public StatusLog log(NodeRef caseNode, ReceiptNumber receipt) {
        return new StatusLog(receipt, entries(caseNode).stream().map(Entry::check)
                .filter(c -> c.receiptNumber().equals(receipt)).toList());
    }

    /** A stored check read back; one that is not (a node of another type, a half-written one) is empty. */
    public Optional<Entry> entry(NodeRef node) {
        if (!nodeService.exists(node) || !ImmModel.TYPE_STATUS_CHECK.equals(nodeService.getType(node))) {
            return Optional.empty();
        }
        Map<QName, Serializable> p = nodeService.getProperties(node);
        Serializable receipt = p.get(ImmModel.PROP_CHECK_RECEIPT_NUMBER);
        Serializable at = p.get(ImmModel.PROP_CHECKED_AT);
        Serializable source = p.get(ImmModel.PROP_CHECK_SOURCE);
        if (receipt == null || !(at instanceof Date checkedAt) || source == null) {
            return Optional.empty();
        }
        Optional<String> failure = Optional.ofNullable(text(p.get(ImmModel.PROP_CHECK_FAILURE))).filter(f -> !f.isBlank());
        StatusCheck check = new StatusCheck(new ReceiptNumber(receipt.toString()), checkedAt.toInstant(),
                text(p.get(ImmModel.PROP_CHECKED_BY)), StatusSource.valueOf(source.toString()),
                text(p.get(ImmModel.PROP_CHECK_FORM_TYPE)), text(p.get(ImmModel.PROP_USCIS_STATUS_TEXT)),
                text(p.get(ImmModel.PROP_USCIS_STATUS_DESCRIPTION)),
                p.get(ImmModel.PROP_USCIS_MODIFIED) instanceof Date m ? Optional.of(m.toInstant()) : Optional.empty(), failure);
        Optional<NodeRef> screenshot = nodeService.getTargetAssocs(node, ImmModel.ASSOC_CHECK_SCREENSHOT).stream()
                .map(AssociationRef::getTargetRef).findFirst();
        return Optional.of(new Entry(node, check, Boolean.TRUE.equals(p.get(ImmModel.PROP_STATUS_CHANGED)), screenshot));
    }

    /**
     * Stores a check under its case; a good one becomes the case's last status.
     *
     * @param changed whether it changed the receipt number's status (an event)
     */
    public NodeRef append(NodeRef caseNode, StatusCheck check, boolean changed, Optional<NodeRef> screenshot) {
        if (!nodeService.hasAspect(caseNode, ImmModel.ASPECT_USCIS_STATUS)) {
            nodeService.addAspect(caseNode, ImmModel.ASPECT_USCIS_STATUS, null);
        }
        String name = check.receiptNumber().value() + "-" + check.checkedAt().toEpochMilli() + "-" + GUID.generate();
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_NAME, name);
        props.put(ImmModel.PROP_CHECK_RECEIPT_NUMBER, check.receiptNumber().value());
        props.put(ImmModel.PROP_CHECKED_AT, Date.from(check.checkedAt()));
        props.put(ImmModel.PROP_CHECKED_BY, check.checkedBy());
        props.put(ImmModel.PROP_CHECK_SOURCE, check.source().name());
        props.put(ImmModel.PROP_CHECK_FORM_TYPE, check.formType());
        props.put(ImmModel.PROP_USCIS_STATUS_TEXT, check.statusText());
        props.put(ImmModel.PROP_USCIS_STATUS_DESCRIPTION, check.statusDescription());
        check.uscisModified().ifPresent(m -> props.put(ImmModel.PROP_USCIS_MODIFIED, Date.from(m)));
        check.failure().ifPresent(f -> props.put(ImmModel.PROP_CHECK_FAILURE, f));
        props.put(ImmModel.PROP_STATUS_CHANGED, changed);
        props.put(ImmModel.PROP_CHECK_CASE_NUMBER, nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER));
        NodeRef node = nodeService.createNode(caseNode, ImmModel.ASSOC_STATUS_CHECKS,
                QName.createQName(ImmModel.URI, QName.createValidLocalName(name)), ImmModel.TYPE_STATUS_CHECK, props)
                .getChildRef();
        screenshot.ifPresent(s -> nodeService.createAssociation(node, s, ImmModel.ASSOC_CHECK_SCREENSHOT));
        if (check.ok() && isLatest(caseNode, check.asOf())) {
            Map<QName, Serializable> last = new HashMap<>();
            last.put(ImmModel.PROP_USCIS_LAST_STATUS, check.statusText());
            last.put(ImmModel.PROP_USCIS_LAST_STATUS_AT, Date.from(check.asOf()));
            last.put(ImmModel.PROP_USCIS_LAST_RECEIPT, check.receiptNumber().value());
            nodeService.addProperties(caseNode, last);
        }
        return node;
    }

    /** Suggests (or, with empty, withdraws the suggestion of) the case's next status. */
    public void suggest(NodeRef caseNode, Optional<String> status) {
        if (status.isPresent()) {
            nodeService.setProperty(caseNode, ImmModel.PROP_USCIS_SUGGESTED_STATUS, status.get());
        } else {
            nodeService.removeProperty(caseNode, ImmModel.PROP_USCIS_SUGGESTED_STATUS);
        }
    }

    private boolean isLatest(NodeRef caseNode, Instant at) {
        return !(nodeService.getProperty(caseNode, ImmModel.PROP_USCIS_LAST_STATUS_AT) instanceof Date last)
                || !last.toInstant().isAfter(at);
    }

    private static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
