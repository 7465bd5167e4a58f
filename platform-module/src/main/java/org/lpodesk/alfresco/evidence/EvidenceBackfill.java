package org.lpodesk.alfresco.evidence;

import java.util.List;
import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.transaction.TransactionService;
import org.lpodesk.alfresco.cases.DatabaseQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the evidence completeness of every case that existed before the module kept it (an
 * upgrade from a version without checklists): the behaviours only recompute a case when something
 * in it changes, so without this such cases would answer "cases missing evidence" queries with
 * nothing. Runs once, when the module starts with this component for the first time, a page of
 * cases per transaction so that a large repository does not hold one long transaction.
 */
public final class EvidenceBackfill extends AbstractModuleComponent {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceBackfill.class);
    private static final int PAGE = 200;

    private final DatabaseQuery query;
    private final TransactionService transactionService;
    private final EvidenceCompletenessKeeper keeper;

    public EvidenceBackfill(SearchService searchService, TransactionService transactionService,
                            EvidenceCompletenessKeeper keeper) {
        this.query = new DatabaseQuery(searchService);
        this.transactionService = transactionService;
        this.keeper = keeper;
    }

    @Override
    protected void executeInternal() {
        int done = 0;
        for (int skip = 0; ; skip += PAGE) {
            int from = skip;
            List<NodeRef> page = transactionService.getRetryingTransactionHelper().doInTransaction(() ->
                    AuthenticationUtil.runAsSystem(() -> {
                        List<NodeRef> cases = query.nodes("SELECT cmis:objectId FROM imm:case ORDER BY imm:caseNumber", from, PAGE);
                        cases.forEach(keeper::recompute);
                        return cases;
                    }), false, true);
            done += page.size();
            if (page.size() < PAGE) {
                break;
            }
        }
        LOG.info("Evidence completeness computed for {} existing cases", done);
    }
}
