package org.lpodesk.alfresco.uscis;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.lpodesk.alfresco.cases.CaseTree;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ListLabels;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.identifier.ReceiptNumber;
import org.lpodesk.uscis.StatusJson;

/**
 * What the USCIS status web scripts share: the log of a case read whole as the system (the
 * callers have checked that the user may read the case), screenshots named only to users who may
 * read them, and the API's state for the case page.
 */
public final class UscisWebScripts {

    private final NodeService nodeService;
    private final PermissionService permissionService;
    private final StatusRecords records;
    private final CaseTree caseTree;
    private final AttributeService attributeService;
    private final UscisApiClient client;
    private final StatusJson json;

    /** @param nodeService the internal node service; {@code permissionService} the caller's view */
    public UscisWebScripts(NodeService nodeService, PermissionService permissionService, StatusRecords records,
                           CaseTree caseTree, AttributeService attributeService, UscisApiClient client,
                           FirmCalendar firmCalendar) {
        this.nodeService = nodeService;
        this.permissionService = permissionService;
        this.records = records;
        this.caseTree = caseTree;
        this.attributeService = attributeService;
        this.client = client;
        this.json = new StatusJson(firmCalendar.zone(), source -> ListLabels.of("imm:statusSources", source.name()));
    }

    StatusJson json() {
        return json;
    }

    StatusRecords records() {
        return records;
    }

    /** The case page's answer: every receipt number of the case and its log. */
    Map<String, Object> history(NodeRef caseNode) {
        List<StatusJson.Row> rows = records.entries(caseNode).stream().map(this::row).toList();
        Map<String, Object> api = new LinkedHashMap<>();
        api.put("configured", client.api().isPresent());
        Serializable refused = attributeService.getAttribute(ScheduledStatusRun.FLAG_KEY, ScheduledStatusRun.CREDENTIALS_REFUSED);
        api.put("credentialsRefusedAt", refused instanceof java.util.Date d ? d.toInstant().toString() : null);
        return json.history(caseNode.toString(), text(nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER)),
                receipts(caseNode), rows, suggestion(caseNode), api);
    }

    StatusJson.Row row(StatusRecords.Entry entry) {
        // read as the system, but a screenshot is named only to a caller who may open it
        String caller = AuthenticationUtil.getFullyAuthenticatedUser();
        Optional<NodeRef> readable = entry.screenshot().filter(s -> nodeService.exists(s) && AuthenticationUtil.runAs(
                () -> permissionService.hasPermission(s, PermissionService.READ) == AccessStatus.ALLOWED, caller));
        return new StatusJson.Row(entry.node().toString(), entry.check(), entry.changed(), readable.map(NodeRef::toString),
                readable.map(s -> text(nodeService.getProperty(s, ContentModel.PROP_NAME))));
    }

    /** The case's own receipt number and those of its notices, in that order. */
    List<ReceiptNumber> receipts(NodeRef caseNode) {
        Set<String> numbers = new LinkedHashSet<>();
        add(numbers, nodeService.getProperty(caseNode, ImmModel.PROP_RECEIPT_NUMBER));
        for (NodeRef notice : caseTree.descendants(caseNode, ImmModel.TYPE_USCIS_NOTICE)) {
            add(numbers, nodeService.getProperty(notice, ImmModel.PROP_NOTICE_RECEIPT_NUMBER));
        }
        List<ReceiptNumber> receipts = new ArrayList<>();
        for (String n : numbers) {
            try {
                receipts.add(ReceiptNumber.parse(n));
            } catch (IllegalArgumentException malformed) {
                // stored before the format was enforced: not listed
            }
        }
        return receipts;
    }

    /** The suggested next status, while the case may still move to it. */
    private Optional<Map.Entry<String, String>> suggestion(NodeRef caseNode) {
        Serializable suggested = nodeService.getProperty(caseNode, ImmModel.PROP_USCIS_SUGGESTED_STATUS);
        Serializable current = nodeService.getProperty(caseNode, ImmModel.PROP_CASE_STATUS);
        if (suggested == null || current == null) {
            return Optional.empty();
        }
        try {
            if (!CaseStatus.fromModelValue(current.toString()).canMoveTo(CaseStatus.fromModelValue(suggested.toString()))) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(suggested.toString(), ListLabels.of("imm:caseStatuses", suggested.toString())));
    }

    private static void add(Set<String> numbers, Serializable value) {
        if (value != null && !value.toString().isBlank()) {
            numbers.add(value.toString().strip());
        }
    }

    static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
