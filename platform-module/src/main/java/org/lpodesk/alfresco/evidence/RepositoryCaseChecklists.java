package org.lpodesk.alfresco.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.evidence.completeness.CaseChecklistPort;
import org.lpodesk.evidence.completeness.CaseCompleteness;
import org.lpodesk.evidence.completeness.EvidenceDocument;

/**
 * {@link CaseChecklistPort}: the completeness the repository computes for a case, read as the
 * system (a vendor's collection task shows the item states; the case folder stays closed to it).
 */
public final class RepositoryCaseChecklists implements CaseChecklistPort {

    private final NodeService nodeService;
    private final EvidenceCompletenessKeeper keeper;
    private final CaseEvidence evidence;

    /** @param nodeService the internal node service */
    public RepositoryCaseChecklists(NodeService nodeService, EvidenceCompletenessKeeper keeper, CaseEvidence evidence) {
        this.nodeService = nodeService;
        this.keeper = keeper;
        this.evidence = evidence;
    }

    @Override
    public List<EvidenceDocument> documents(List<String> documentIds) {
        return AuthenticationUtil.runAsSystem(() -> {
            List<EvidenceDocument> found = new ArrayList<>();
            for (String id : documentIds) {
                if (NodeRef.isNodeRef(id) && nodeService.exists(new NodeRef(id))) {
                    found.add(evidence.document(new NodeRef(id)));
                }
            }
            return found;
        });
    }

    @Override
    public Optional<CaseCompleteness> completeness(String caseId) {
        if (caseId == null || !NodeRef.isNodeRef(caseId)) {
            return Optional.empty();
        }
        return AuthenticationUtil.runAsSystem(() -> {
            NodeRef caseNode = new NodeRef(caseId);
            if (!nodeService.exists(caseNode) || !ImmModel.TYPE_CASE.equals(nodeService.getType(caseNode))) {
                return Optional.<CaseCompleteness>empty();
            }
            return Optional.of(keeper.compute(caseNode));
        });
    }
}
