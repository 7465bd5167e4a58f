package org.lpodesk.alfresco.deadline;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.upcoming.UpcomingDeadlines;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/deadlines?days=N}: the response deadlines of USCIS notices and the case
 * deadlines of open cases that the current user may read (the search and the node service are
 * Alfresco's permission-checked public services, so the answer is trimmed to the user), overdue
 * ones included; core's {@link UpcomingDeadlines} validates {@code days} and selects and sorts.
 */
public final class UpcomingDeadlinesWebScript extends AbstractWebScript {

    private static final int MAX_RESULTS = 1000;

    private final SearchService searchService;
    private final NodeService nodeService;
    private final UpcomingDeadlines upcoming;
    private final ZoneId firmZone;

    public UpcomingDeadlinesWebScript(SearchService searchService, NodeService nodeService, int defaultDays,
                                      int maxDays, String firmZone) {
        this.searchService = searchService;
        this.nodeService = nodeService;
        this.upcoming = new UpcomingDeadlines(defaultDays, maxDays);
        this.firmZone = ZoneId.of(firmZone);
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        int days;
        try {
            days = upcoming.days(JsonExchange.arguments(req));
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        LocalDate today = LocalDate.now(firmZone);
        String last = UpcomingDeadlines.horizon(today, days).toString();
        List<UpcomingDeadlines.Item> candidates = new ArrayList<>();
        for (NodeRef notice : search("TYPE:\"imm:uscisNotice\" AND imm:responseDeadline:[MIN TO \"" + last + "\"]")) {
            NodeRef caseNode = enclosingCase(notice);
            if (caseNode != null && open(caseNode)) {
                candidates.add(new UpcomingDeadlines.Item(date(nodeService.getProperty(notice,
                        ImmModel.PROP_RESPONSE_DEADLINE)), text(nodeService.getProperty(notice, ImmModel.PROP_NOTICE_KIND)),
                        text(nodeService.getProperty(notice, ImmModel.PROP_RESPONSE_DEADLINE_RULE)), caseNode.toString(),
                        text(nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER)),
                        text(nodeService.getProperty(caseNode, ImmModel.PROP_BENEFICIARY_NAME))));
            }
        }
        for (NodeRef caseNode : search("TYPE:\"imm:case\" AND imm:caseDeadline:[MIN TO \"" + last + "\"]")) {
            if (open(caseNode)) {
                candidates.add(new UpcomingDeadlines.Item(date(nodeService.getProperty(caseNode,
                        ImmModel.PROP_CASE_DEADLINE)), "CASE_DEADLINE",
                        text(nodeService.getProperty(caseNode, ImmModel.PROP_CASE_DEADLINE_RULE)), caseNode.toString(),
                        text(nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER)),
                        text(nodeService.getProperty(caseNode, ImmModel.PROP_BENEFICIARY_NAME))));
            }
        }
        candidates.removeIf(item -> item.date() == null);
        JsonExchange.write(res, Status.STATUS_OK,
                upcoming.toJson(upcoming.select(candidates, today, days), today, days));
    }

    private List<NodeRef> search(String query) {
        SearchParameters sp = new SearchParameters();
        sp.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        sp.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
        sp.setQuery(query);
        sp.setMaxItems(MAX_RESULTS);
        ResultSet rs = searchService.query(sp);
        try {
            return new ArrayList<>(rs.getNodeRefs());
        } finally {
            rs.close();
        }
    }

    private boolean open(NodeRef caseNode) {
        Serializable status = nodeService.getProperty(caseNode, ImmModel.PROP_CASE_STATUS);
        return status == null || !CaseStatus.valueOf(status.toString()).isFinal();
    }

    private NodeRef enclosingCase(NodeRef node) {
        ChildAssociationRef parent = nodeService.getPrimaryParent(node);
        while (parent != null && parent.getParentRef() != null) {
            NodeRef current = parent.getParentRef();
            if (ImmModel.TYPE_CASE.equals(nodeService.getType(current))) {
                return current;
            }
            parent = nodeService.getPrimaryParent(current);
        }
        return null;
    }

    private LocalDate date(Serializable value) {
        return value instanceof Date d ? d.toInstant().atZone(firmZone).toLocalDate() : null;
    }

    private static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
