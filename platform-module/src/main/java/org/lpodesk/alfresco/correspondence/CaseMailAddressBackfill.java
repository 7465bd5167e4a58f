package org.lpodesk.alfresco.correspondence;

import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.transaction.TransactionService;
import org.lpodesk.alfresco.cases.EveryCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives an e-mail address to every case that existed before cases had one (an upgrade): the
 * behaviour addresses a case only when it is created or renumbered. Runs once, when the module
 * starts with this component for the first time, a page of cases per transaction.
 */
public final class CaseMailAddressBackfill extends AbstractModuleComponent {

    private static final Logger LOG = LoggerFactory.getLogger(CaseMailAddressBackfill.class);

    private final EveryCase cases;
    private final CaseMailAddressBehaviour addresses;

    public CaseMailAddressBackfill(SearchService searchService, TransactionService transactionService, CaseMailAddressBehaviour addresses) {
        this.cases = new EveryCase(searchService, transactionService);
        this.addresses = addresses;
    }

    @Override
    protected void executeInternal() {
        int done = cases.forEach(addresses::address);
        LOG.info("E-mail addresses checked for {} existing cases", done);
    }
}
