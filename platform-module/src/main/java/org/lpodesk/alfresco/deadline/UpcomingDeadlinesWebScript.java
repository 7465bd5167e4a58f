package org.lpodesk.alfresco.deadline;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.cases.upcoming.UpcomingDeadlines;
import org.lpodesk.dates.FirmCalendar;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/deadlines?days=&overdueDays=&skip=&max=}: the case deadlines of the open
 * cases the current user may read, in the window and page core's {@link UpcomingDeadlines}
 * validates. The query runs as a transactional metadata query (CMIS, {@link
 * QueryConsistency#TRANSACTIONAL}): the database answers, with or without Search Services, and a
 * notice recorded a moment ago already counts. Bounds, the closed-case filter, order and paging
 * are in the query; the public (permission-checked) search and node services trim the answer to
 * what the user can read.
 */
public final class UpcomingDeadlinesWebScript extends AbstractWebScript {

    private final DeadlineQuery query;
    private final NodeService nodeService;
    private final UpcomingDeadlines upcoming;
    private final FirmCalendar firmCalendar;
    private final Clock clock;

    public UpcomingDeadlinesWebScript(SearchService searchService, NodeService nodeService, UpcomingDeadlines upcoming,
                                      String firmZone, Clock clock) {
        this.query = new DeadlineQuery(searchService);
        this.nodeService = nodeService;
        this.upcoming = upcoming;
        this.firmCalendar = new FirmCalendar(firmZone);
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
        for (NodeRef caseNode : query.casesIn(window)) {
            Map<QName, Serializable> p = nodeService.getProperties(caseNode);
            if (p.get(ImmModel.PROP_CASE_DEADLINE) instanceof Date deadline) {
                rows.add(new UpcomingDeadlines.Item(firmCalendar.dayOf(deadline), "CASE_DEADLINE",
                        text(p.get(ImmModel.PROP_CASE_DEADLINE_RULE)), caseNode.toString(),
                        text(p.get(ImmModel.PROP_CASE_NUMBER)), text(p.get(ImmModel.PROP_BENEFICIARY_NAME))));
            }
        }
        JsonExchange.write(res, Status.STATUS_OK, upcoming.toJson(rows, window));
    }

    private static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
