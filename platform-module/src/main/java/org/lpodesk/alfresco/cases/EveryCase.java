package org.lpodesk.alfresco.cases;

import java.util.List;
import java.util.function.Consumer;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.transaction.TransactionService;

/**
 * Every case of the repository, a page at a time, each page in a transaction of its own as the
 * system user: what an upgrade step does once to the cases made before it (so that a large
 * repository never holds one long transaction).
 */
public final class EveryCase {

    private static final int PAGE = 200;

    private final DatabaseQuery query;
    private final TransactionService transactionService;

    public EveryCase(SearchService searchService, TransactionService transactionService) {
        this.query = new DatabaseQuery(searchService);
        this.transactionService = transactionService;
    }

    /** Runs {@code step} on every case; how many there were. */
    public int forEach(Consumer<NodeRef> step) {
        int done = 0;
        for (int skip = 0; ; skip += PAGE) {
            int from = skip;
            List<NodeRef> page = transactionService.getRetryingTransactionHelper().doInTransaction(() ->
                    AuthenticationUtil.runAsSystem(() -> {
                        List<NodeRef> cases = query.nodes("SELECT cmis:objectId FROM imm:case ORDER BY imm:caseNumber", from, PAGE);
                        cases.forEach(step);
                        return cases;
                    }), false, true);
            done += page.size();
            if (page.size() < PAGE) {
                return done;
            }
        }
    }
}
