package org.lpodesk.alfresco.deadline;

import java.util.List;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.search.SearchService;
import org.lpodesk.alfresco.cases.DatabaseQuery;
import org.lpodesk.cases.upcoming.UpcomingDeadlines;

/**
 * Runs core's deadline query ({@link UpcomingDeadlines.Window#cmisQuery()}) on the database and
 * asks for the page plus one row, which tells whether more follow.
 */
public final class DeadlineQuery {

    private final DatabaseQuery query;

    public DeadlineQuery(SearchService searchService) {
        this.query = new DatabaseQuery(searchService);
    }

    public List<NodeRef> casesIn(UpcomingDeadlines.Window window) {
        return query.nodes(window.cmisQuery(), window.skip(), window.max() + 1);
    }
}
