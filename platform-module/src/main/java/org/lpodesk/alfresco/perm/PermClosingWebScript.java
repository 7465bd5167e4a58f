package org.lpodesk.alfresco.perm;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.cases.DatabaseQuery;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.cases.upcoming.UpcomingDeadlines;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.perm.PermWindowsClosing;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/perm/closing?days=&overdueDays=&skip=&max=}: the open PERM cases the caller
 * may read whose next PERM clock falls in the window, nearest first, each with what the clock is
 * and how many PERM rules the case breaks; the window, paging and answer are those of the case
 * deadlines ({@link UpcomingDeadlines}). A database query: it answers with or without Search Services.
 */
public final class PermClosingWebScript extends AbstractWebScript {

    private final DatabaseQuery query;
    private final NodeService nodeService;
    private final UpcomingDeadlines upcoming;
    private final FirmCalendar firmCalendar;
    private final Clock clock;

    /** @param searchService the public search service: rows the caller may read; {@code nodeService} likewise */
    public PermClosingWebScript(SearchService searchService, NodeService nodeService, UpcomingDeadlines upcoming,
                                FirmCalendar firmCalendar, Clock clock) {
        this.query = new DatabaseQuery(searchService);
        this.nodeService = nodeService;
        this.upcoming = upcoming;
        this.firmCalendar = firmCalendar;
        this.clock = clock;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        UpcomingDeadlines.Window window;
        try {
            window = upcoming.window(JsonExchange.arguments(req), firmCalendar.today(clock));
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        List<UpcomingDeadlines.Item> rows = new ArrayList<>();
        for (NodeRef caseNode : query.nodes(PermWindowsClosing.cmisQuery(window), window.skip(), window.max() + 1)) {
            Map<QName, Serializable> p = nodeService.getProperties(caseNode);
            if (p.get(ImmModel.PROP_PERM_NEXT_CLOCK) instanceof Date clockDay) {
                int violations = p.get(ImmModel.PROP_PERM_VIOLATION_COUNT) instanceof Number n ? n.intValue() : 0;
                rows.add(new UpcomingDeadlines.Item(firmCalendar.dayOf(clockDay), text(p.get(ImmModel.PROP_PERM_NEXT_CLOCK_LABEL)),
                        violations == 0 ? "" : PermMessages.format("perm.web.violations", violations), caseNode.toString(),
                        text(p.get(ImmModel.PROP_CASE_NUMBER)), text(p.get(ImmModel.PROP_BENEFICIARY_NAME))));
            }
        }
        JsonExchange.write(res, Status.STATUS_OK, upcoming.toJson(rows, window));
    }

    private static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
