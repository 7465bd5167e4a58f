package org.lpodesk.alfresco.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.repo.transaction.TransactionalResourceHelper;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.util.transaction.TransactionListenerAdapter;
import org.lpodesk.alfresco.model.ImmModel;

/**
 * Cases whose derived values (the case deadline, the evidence completeness) must be recomputed
 * before the current transaction commits: each case once, when every change of the transaction
 * (a document deleted with its folder, a tag written after the document was created) is in place.
 * A recomputation that fails rolls the whole transaction back. One instance per derived value, each
 * with its own transaction-resource key.
 */
public final class PendingCases extends TransactionListenerAdapter {

    private final String key;
    private final NodeService nodeService;
    private final Consumer<NodeRef> recompute;

    /**
     * @param key       the transaction resource that holds this value's pending cases
     * @param recompute what to do for each case still there at commit
     */
    public PendingCases(String key, NodeService nodeService, Consumer<NodeRef> recompute) {
        this.key = key;
        this.nodeService = nodeService;
        this.recompute = recompute;
    }

    public void pend(NodeRef caseNode) {
        if (StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(caseNode.getStoreRef())) {
            TransactionalResourceHelper.<NodeRef>getSet(key).add(caseNode);
            AlfrescoTransactionSupport.bindListener(this);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        Set<NodeRef> pending = TransactionalResourceHelper.getSet(key);
        // a recomputation never pends another case, but a listener may run after ours and add one
        while (!pending.isEmpty()) {
            List<NodeRef> cases = new ArrayList<>(pending);
            pending.clear();
            for (NodeRef caseNode : cases) {
                if (nodeService.exists(caseNode) && ImmModel.TYPE_CASE.equals(nodeService.getType(caseNode))) {
                    recompute.accept(caseNode);
                }
            }
        }
    }
}
