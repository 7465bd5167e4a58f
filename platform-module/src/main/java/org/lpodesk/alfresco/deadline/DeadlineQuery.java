package org.lpodesk.alfresco.deadline;

import java.util.ArrayList;
import java.util.List;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.lpodesk.cases.upcoming.UpcomingDeadlines;

/**
 * Runs core's deadline query ({@link UpcomingDeadlines.Window#cmisQuery()}) as a transactional
 * metadata query: {@link QueryConsistency#TRANSACTIONAL} sends it to the database, never to a
 * search index (an index that is absent or lags refuses or misses, the database does not), and
 * asks for the page plus one row, which tells whether more follow. With the public
 * {@code SearchService} the rows are those the caller may read.
 */
public final class DeadlineQuery {

    private final SearchService searchService;

    public DeadlineQuery(SearchService searchService) {
        this.searchService = searchService;
    }

    public List<NodeRef> casesIn(UpcomingDeadlines.Window window) {
        SearchParameters sp = new SearchParameters();
        sp.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        sp.setLanguage(SearchService.LANGUAGE_CMIS_ALFRESCO);
        sp.setQueryConsistency(QueryConsistency.TRANSACTIONAL);
        sp.setQuery(window.cmisQuery());
        sp.setSkipCount(window.skip());
        sp.setMaxItems(window.max() + 1);
        ResultSet rs = searchService.query(sp);
        try {
            return new ArrayList<>(rs.getNodeRefs());
        } finally {
            rs.close();
        }
    }
}
