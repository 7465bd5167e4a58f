package org.lpodesk.alfresco.correspondence;

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
 * Gives an e-mail address to every case that existed before cases had one (an upgrade): the
 * behaviour addresses a case only when it is created or renumbered. Runs once, when the module
 * starts with this component for the first time, a page of cases per transaction.
 */
public final class CaseMailAddressBackfill extends AbstractModuleComponent {

    private static final Logger LOG = LoggerFactory.getLogger(CaseMailAddressBackfill.class);
    private static final int PAGE = 200;

    private final DatabaseQuery query;
    private final TransactionService transactionService;
    private final CaseMailAddressBehaviour addresses;

    public CaseMailAddressBackfill(SearchService searchService, TransactionService transactionService,
                                   CaseMailAddressBehaviour addresses) {
        this.query = new DatabaseQuery(searchService);
        this.transactionService = transactionService;
        this.addresses = addresses;
    }

    @Override
    protected void executeInternal() {
        int done = 0;
        for (int skip = 0; ; skip += PAGE) {
            int from = skip;
            List<NodeRef> page = transactionService.getRetryingTransactionHelper().doInTransaction(() ->
                    AuthenticationUtil.runAsSystem(() -> {
                        List<NodeRef> cases = query.nodes("SELECT cmis:objectId FROM imm:case ORDER BY imm:caseNumber", from, PAGE);
                        cases.forEach(addresses::address);
                        return cases;
                    }), false, true);
            done += page.size();
            if (page.size() < PAGE) {
                break;
            }
        }
        LOG.info("E-mail addresses checked for {} existing cases", done);
    }
}
