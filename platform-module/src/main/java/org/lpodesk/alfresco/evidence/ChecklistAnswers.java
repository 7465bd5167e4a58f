package org.lpodesk.alfresco.evidence;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.cases.CaseTree;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.cases.template.CaseFolderTemplate;
import org.lpodesk.alfresco.model.ListLabels;
import org.lpodesk.evidence.ChecklistAnswer;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.review.workflow.DirectoryPort;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * The checklist answer for one caller: finds the case that holds a node (only if the caller may
 * read the case), computes its completeness now (inside the caller's transaction, so a waiver just
 * recorded shows) and shapes it with core's {@link ChecklistAnswer}.
 */
public final class ChecklistAnswers {

    private final NodeService callerNodes;
    private final AuthorityService authorityService;
    private final CaseTree caseTree;
    private final ChecklistCatalogue catalogue;
    private final CaseEvidence evidence;
    private final EvidenceCompletenessKeeper keeper;
    private final DirectoryPort directory;
    private final ChecklistAnswer answer = new ChecklistAnswer();

    /**
     * @param callerNodes the permission-checked node service: a case the caller cannot read is not found
     * @param caseTree    on the internal node service (finding the case is not reading it)
     */
    public ChecklistAnswers(NodeService callerNodes, AuthorityService authorityService, CaseTree caseTree,
                            ChecklistCatalogue catalogue, CaseEvidence evidence, EvidenceCompletenessKeeper keeper,
                            DirectoryPort directory) {
        this.callerNodes = callerNodes;
        this.authorityService = authorityService;
        this.caseTree = caseTree;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.keeper = keeper;
        this.directory = directory;
    }

    /** The case holding the node, if the caller may read both. */
    public Optional<NodeRef> readableCaseOf(NodeRef node) {
        try {
            if (!callerNodes.exists(node)) {
                return Optional.empty();
            }
            callerNodes.getType(node);
            Optional<NodeRef> caseNode = AuthenticationUtil.runAsSystem(() -> caseTree.enclosingCase(node));
            if (caseNode.isEmpty()) {
                return Optional.empty();
            }
            callerNodes.getProperties(caseNode.get());
            return caseNode;
        } catch (AccessDeniedException notReadable) {
            return Optional.empty();
        }
    }

    public boolean callerIsAttorney() {
        return authorityService.hasAdminAuthority()
                || authorityService.getAuthorities().contains(FirmGroup.ATTORNEYS.authority());
    }

    public Map<String, Object> of(NodeRef caseNode, NodeRef asked) {
        Map<QName, Serializable> p = callerNodes.getProperties(caseNode);
        String caseType = text(p.get(ImmModel.PROP_CASE_TYPE));
        ChecklistAnswer.CaseRef ref = new ChecklistAnswer.CaseRef(caseNode.toString(),
                text(p.get(ImmModel.PROP_CASE_NUMBER)), caseType, ListLabels.of("imm:caseTypes", caseType));
        Optional<String> documentType = asked.equals(caseNode) || isFolder(asked) ? Optional.empty()
                : Optional.of(evidence.typeName(asked));
        Map<String, Object> json = answer.toJson(ref, keeper.compute(caseNode), I18NUtil.getLocale(), documentType,
                callerIsAttorney(), text(p.get(ImmModel.PROP_FINAL_MERITS_NOTE)), directory::displayName, catalogue.refusal());
        // which of the case's standard folders the asked node lies in: Share offers to tag what was
        // just uploaded into the Evidence folder
        json.put("folderRole", AuthenticationUtil.runAsSystem(() -> caseTree.caseSubFolder(asked)
                        .map(folder -> text(callerNodes.getProperty(folder, ContentModel.PROP_NAME))))
                .flatMap(CaseFolderTemplate::asNamedByRepository).map(Enum::name).orElse(null));
        return json;
    }

    private boolean isFolder(NodeRef node) {
        String type = evidence.typeName(node);
        return "cm:folder".equals(type) || "imm:case".equals(type) || "imm:client".equals(type);
    }

    private static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
