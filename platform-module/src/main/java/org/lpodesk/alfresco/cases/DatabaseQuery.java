package org.lpodesk.alfresco.cases;

import java.util.ArrayList;
import java.util.List;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;

/**
 * Runs one of core's CMIS queries as a transactional metadata query: {@link
 * QueryConsistency#TRANSACTIONAL} sends it to the database, never to a search index (an index
 * that is absent or lags refuses or misses, the database does not). With the public
 * {@code SearchService} the rows are those the caller may read.
 */
public final class DatabaseQuery {

    private final SearchService searchService;

    public DatabaseQuery(SearchService searchService) {
        this.searchService = searchService;
    }

    /** The rows from {@code skip} on, at most {@code max}. */
    public List<NodeRef> nodes(String cmisQuery, int skip, int max) {
        SearchParameters sp = new SearchParameters();
        sp.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        sp.setLanguage(SearchService.LANGUAGE_CMIS_ALFRESCO);
        sp.setQueryConsistency(QueryConsistency.TRANSACTIONAL);
        sp.setQuery(cmisQuery);
        sp.setSkipCount(skip);
        sp.setMaxItems(max);
        ResultSet rs = searchService.query(sp);
        try {
            return new ArrayList<>(rs.getNodeRefs());
        } finally {
            rs.close();
        }
    }
}
