package org.lpodesk.alfresco.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.cases.CaseTree;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.evidence.rfe.PartialResponse;
import org.lpodesk.evidence.rfe.RfeIssue;
import org.lpodesk.evidence.rfe.RfeIssueRules;
import org.lpodesk.evidence.rfe.RfeResponsePort;

/**
 * The RFE issues an outsourced RFE response answers, read from the case's notices. A draft that
 * names its notice ({@code imm:respondsTo}) is held to that notice's issues; until one does, the
 * case's notices that ask for something (RFE, NOID, NOIR, NOIT) still unanswered are the ones the vendor works on. Read as the
 * system: the vendor's reviewer cannot open the firm's notice and is still held to it.
 */
public final class RepositoryRfeResponses implements RfeResponsePort {

    private final NodeService nodeService;
    private final CaseTree caseTree;
    private final RfeIssueRecords records;

    /** @param nodeService the internal node service; {@code caseTree} built on the same */
    public RepositoryRfeResponses(NodeService nodeService, CaseTree caseTree) {
        this.nodeService = nodeService;
        this.caseTree = caseTree;
        this.records = new RfeIssueRecords(nodeService);
    }

    @Override
    public ResponseState state(String caseId, List<String> draftIds) {
        if (caseId == null || !NodeRef.isNodeRef(caseId)) {
            return ResponseState.NONE;
        }
        return AuthenticationUtil.runAsSystem(() -> {
            NodeRef caseNode = new NodeRef(caseId);
            if (!nodeService.exists(caseNode)) {
                return ResponseState.NONE;
            }
            Set<NodeRef> notices = new LinkedHashSet<>();
            PartialResponse partial = PartialResponse.NONE;
            for (String id : draftIds) {
                if (!NodeRef.isNodeRef(id) || !nodeService.exists(new NodeRef(id))) {
                    continue;
                }
                NodeRef draft = new NodeRef(id);
                for (AssociationRef link : nodeService.getTargetAssocs(draft, ImmModel.ASSOC_RESPONDS_TO)) {
                    notices.add(link.getTargetRef());
                }
                if (!partial.partial()) {
                    partial = RfeIssueRecords.partial(nodeService.getProperties(draft));
                }
            }
            if (notices.isEmpty()) {
                for (NodeRef notice : caseTree.descendants(caseNode, ImmModel.TYPE_USCIS_NOTICE)) {
                    Map<QName, Serializable> p = nodeService.getProperties(notice);
                    if (RfeIssueRules.asks(String.valueOf(p.get(ImmModel.PROP_NOTICE_KIND)))
                            && !Boolean.TRUE.equals(p.get(ImmModel.PROP_NOTICE_ANSWERED))) {
                        notices.add(notice);
                    }
                }
            }
            List<RfeIssue> issues = new ArrayList<>();
            for (NodeRef notice : notices) {
                issues.addAll(records.of(notice));
            }
            return new ResponseState(issues, partial);
        });
    }
}
