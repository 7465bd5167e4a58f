package org.lpodesk.alfresco.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.lpodesk.alfresco.model.ImmModel;

/**
 * A case folder and what lies in it, read through the node service: the database answers at
 * once and inside the caller's transaction, where a search (ANCESTOR, PATH) needs an index that
 * lags behind commits or is not there at all. Case folders hold tens to a few hundred documents,
 * so walking them is cheap. With the permission-checked {@code NodeService} the walk sees what
 * the caller may read; with the internal {@code nodeService}, everything.
 */
public final class CaseTree {

    private final NodeService nodeService;
    private final DictionaryService dictionaryService;

    public CaseTree(NodeService nodeService, DictionaryService dictionaryService) {
        this.nodeService = nodeService;
        this.dictionaryService = dictionaryService;
    }

    /** The case folder a node lies in (the node itself when it is one), following primary parents. */
    public Optional<NodeRef> enclosingCase(NodeRef node) {
        NodeRef current = node;
        while (current != null) {
            if (ImmModel.TYPE_CASE.equals(nodeService.getType(current))) {
                return Optional.of(current);
            }
            ChildAssociationRef parent = nodeService.getPrimaryParent(current);
            current = parent == null ? null : parent.getParentRef();
        }
        return Optional.empty();
    }

    /**
     * The case's own sub-folder a node lies in (the node itself when it is one): the last step of
     * its primary path before the case. Empty for the case itself and outside any case.
     */
    public Optional<NodeRef> caseSubFolder(NodeRef node) {
        NodeRef previous = null;
        NodeRef current = node;
        while (current != null) {
            if (ImmModel.TYPE_CASE.equals(nodeService.getType(current))) {
                return Optional.ofNullable(previous);
            }
            ChildAssociationRef parent = nodeService.getPrimaryParent(current);
            previous = current;
            current = parent == null ? null : parent.getParentRef();
        }
        return Optional.empty();
    }

    /** Every node of the given type (or a subtype) below the case, at any depth. */
    public List<NodeRef> descendants(NodeRef caseNode, QName type) {
        // the database picks the children by type: a notice added to a case of 600 documents read
        // the type of each of them to find its 60 notices (document creation slowed as the case grew)
        Set<QName> wanted = withSubTypes(type);
        Set<QName> folderTypes = withSubTypes(ContentModel.TYPE_FOLDER);
        folderTypes.removeAll(wanted);
        List<NodeRef> found = new ArrayList<>();
        List<NodeRef> folders = new ArrayList<>(List.of(caseNode));
        while (!folders.isEmpty()) {
            NodeRef folder = folders.remove(folders.size() - 1);
            found.addAll(containedChildren(folder, wanted));
            folders.addAll(containedChildren(folder, folderTypes));
        }
        return found;
    }

    private List<NodeRef> containedChildren(NodeRef folder, Set<QName> types) {
        List<NodeRef> children = new ArrayList<>();
        for (ChildAssociationRef child : nodeService.getChildAssocs(folder, types)) {
            if (child.isPrimary() && ContentModel.ASSOC_CONTAINS.equals(child.getTypeQName())) {
                children.add(child.getChildRef());
            }
        }
        return children;
    }

    private Set<QName> withSubTypes(QName type) {
        Set<QName> types = new HashSet<>(dictionaryService.getSubTypes(type, true));
        types.add(type);
        return types;
    }

    /** Every node below the case that has the aspect, at any depth. */
    public List<NodeRef> descendantsWithAspect(NodeRef caseNode, QName aspect) {
        return descendants(caseNode, node -> nodeService.hasAspect(node, aspect));
    }

    private List<NodeRef> descendants(NodeRef caseNode, Predicate<NodeRef> wanted) {
        List<NodeRef> found = new ArrayList<>();
        List<NodeRef> folders = new ArrayList<>(List.of(caseNode));
        while (!folders.isEmpty()) {
            NodeRef folder = folders.remove(folders.size() - 1);
            for (ChildAssociationRef child : nodeService.getChildAssocs(folder, ContentModel.ASSOC_CONTAINS,
                    RegexQNamePattern.MATCH_ALL)) {
                if (!child.isPrimary()) {
                    continue;
                }
                NodeRef node = child.getChildRef();
                if (wanted.test(node)) {
                    found.add(node);
                } else if (dictionaryService.isSubClass(nodeService.getType(node), ContentModel.TYPE_FOLDER)) {
                    folders.add(node);
                }
            }
        }
        return found;
    }
}
