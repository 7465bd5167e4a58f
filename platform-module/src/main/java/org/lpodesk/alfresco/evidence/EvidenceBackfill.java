package org.lpodesk.alfresco.evidence;

import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.transaction.TransactionService;
import org.lpodesk.alfresco.cases.EveryCase;
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

    private final EveryCase cases;
    private final EvidenceCompletenessKeeper keeper;

    public EvidenceBackfill(SearchService searchService, TransactionService transactionService, EvidenceCompletenessKeeper keeper) {
        this.cases = new EveryCase(searchService, transactionService);
        this.keeper = keeper;
    }

    @Override
    protected void executeInternal() {
        int done = cases.forEach(keeper::recompute);
        LOG.info("Evidence completeness computed for {} existing cases", done);
    }
}
