package org.lpodesk.alfresco.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.lpodesk.alfresco.cases.CaseTree;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.evidence.completeness.EvidenceDocument;
import org.lpodesk.evidence.completeness.Waiver;

/**
 * What core's completeness needs of a case, read from the repository: its tagged documents (type,
 * items, foreign language, certified translation present) and the attorneys' waivers. Walks the case
 * folder through the node service ({@link CaseTree}): the database answers inside the transaction
 * that changed a tag, where a search index would lag.
 */
public final class CaseEvidence {

    private final NodeService nodeService;
    private final CaseTree caseTree;
    private final NamespaceService namespaceService;

    /**
     * @param nodeService the internal node service with a {@link CaseTree} on the same: completeness
     *                    counts every document of the case, not those the triggering user can read
     */
    public CaseEvidence(NodeService nodeService, CaseTree caseTree, NamespaceService namespaceService) {
        this.nodeService = nodeService;
        this.caseTree = caseTree;
        this.namespaceService = namespaceService;
    }

    /** The model's name of the node's type, e.g. {@code imm:evidence}, as checklists name document types. */
    public String typeName(NodeRef node) {
        return nodeService.getType(node).toPrefixString(namespaceService);
    }

    public List<EvidenceDocument> documents(NodeRef caseNode) {
        List<EvidenceDocument> documents = new ArrayList<>();
        for (NodeRef node : caseTree.descendantsWithAspect(caseNode, ImmModel.ASPECT_EVIDENCE_TAGS)) {
            documents.add(document(node));
        }
        return documents;
    }

    /** One document with its type and tags, wherever it lies (a vendor's upload in its assignment folder too). */
    public EvidenceDocument document(NodeRef node) {
        Map<QName, Serializable> p = nodeService.getProperties(node);
        boolean translated = !nodeService.getTargetAssocs(node, ImmModel.ASSOC_CERTIFIED_TRANSLATION).isEmpty();
        return new EvidenceDocument(node.toString(), String.valueOf(p.get(ContentModel.PROP_NAME)),
                typeName(node), new HashSet<>(EvidenceTriggers.items(p.get(ImmModel.PROP_CHECKLIST_ITEMS))),
                Boolean.TRUE.equals(p.get(ImmModel.PROP_FOREIGN_LANGUAGE)), translated);
    }

    public List<Waiver> waivers(NodeRef caseNode) {
        List<Waiver> waivers = new ArrayList<>();
        for (ChildAssociationRef child : nodeService.getChildAssocs(caseNode, ImmModel.ASSOC_EVIDENCE_WAIVERS,
                RegexQNamePattern.MATCH_ALL)) {
            Map<QName, Serializable> p = nodeService.getProperties(child.getChildRef());
            waivers.add(new Waiver(String.valueOf(p.get(ImmModel.PROP_WAIVED_ITEM)),
                    String.valueOf(p.get(ImmModel.PROP_WAIVER_REASON)), String.valueOf(p.get(ImmModel.PROP_WAIVED_BY)),
                    p.get(ImmModel.PROP_WAIVED_ON) instanceof java.util.Date d ? CalendarDates.dayOf(d) : null));
        }
        return waivers;
    }

    /** The waiver node of an item on the case, if an attorney waived it. */
    public Optional<NodeRef> waiverOf(NodeRef caseNode, String itemId) {
        for (ChildAssociationRef child : nodeService.getChildAssocs(caseNode, ImmModel.ASSOC_EVIDENCE_WAIVERS,
                RegexQNamePattern.MATCH_ALL)) {
            if (itemId.equals(nodeService.getProperty(child.getChildRef(), ImmModel.PROP_WAIVED_ITEM))) {
                return Optional.of(child.getChildRef());
            }
        }
        return Optional.empty();
    }
}
