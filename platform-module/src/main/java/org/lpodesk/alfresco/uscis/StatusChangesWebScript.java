package org.lpodesk.alfresco.uscis;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.lpodesk.alfresco.cases.DatabaseQuery;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.webscript.FirmOnly;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.uscis.StatusCheck;
import org.lpodesk.uscis.StatusJson;
import org.lpodesk.uscis.StatusLog;
import org.lpodesk.uscis.UscisMessages;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/uscis/changes?days=7}: the changes of USCIS status recorded in the last days
 * (from the firm's midnight that many days ago), newest first, on the cases the caller may read,
 * each with the status before it; for the "Status changes this week" dashlet. Firm staff only.
 * A database query: no search index is needed.
 */
public final class StatusChangesWebScript extends AbstractWebScript {

    static final int MAX_ROWS = 200;

    private final DatabaseQuery query;
    private final NodeService nodeService;
    private final AuthorityService authorityService;
    private final UscisWebScripts shared;
    private final FirmCalendar firmCalendar;
    private final Clock clock;

    /** @param searchService the public search service: only checks of cases the caller may read */
    public StatusChangesWebScript(SearchService searchService, NodeService nodeService, AuthorityService authorityService,
                                  UscisWebScripts shared, FirmCalendar firmCalendar, Clock clock) {
        this.query = new DatabaseQuery(searchService);
        this.nodeService = nodeService;
        this.authorityService = authorityService;
        this.shared = shared;
        this.firmCalendar = firmCalendar;
        this.clock = clock;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        if (FirmOnly.refused(authorityService, res)) {
            return;
        }
        int days;
        try {
            days = JsonExchange.arguments(req).optionalInt("days", 7, 1, 31);
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, new IllegalArgumentException(UscisMessages.format("web.badDays"), invalid));
            return;
        }
        Instant since = firmCalendar.today(clock).minusDays(days - 1L).atStartOfDay(firmCalendar.zone()).toInstant();
        String cmis = "SELECT s.cmis:objectId FROM imm:statusCheck AS s WHERE s.imm:statusChanged = true"
                + " AND s.imm:checkedAt >= TIMESTAMP '" + CalendarDates.cmisTimestamp(since) + "' ORDER BY s.imm:checkedAt DESC";
        List<NodeRef> changed = query.nodes(cmis, 0, MAX_ROWS);
        List<StatusJson.ChangeRow> rows = new ArrayList<>();
        for (NodeRef node : changed) {
            NodeRef caseNode = nodeService.getPrimaryParent(node).getParentRef();
            rows.addAll(AuthenticationUtil.runAsSystem(() -> shared.records().entry(node).map(entry -> {
                StatusLog log = shared.records().log(caseNode, entry.check().receiptNumber());
                Optional<String> previous = log.changes().stream().filter(c -> c.to().checkedAt().equals(entry.check().checkedAt()))
                        .findFirst().flatMap(c -> c.from()).map(StatusCheck::statusText);
                return List.of(new StatusJson.ChangeRow(caseNode.toString(),
                        UscisWebScripts.text(nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER)),
                        UscisWebScripts.text(nodeService.getProperty(caseNode, ImmModel.PROP_BENEFICIARY_NAME)), previous,
                        shared.row(entry)));
            }).orElse(List.of())));
        }
        JsonExchange.write(res, Status.STATUS_OK, shared.json().changes(rows, days));
    }
}
