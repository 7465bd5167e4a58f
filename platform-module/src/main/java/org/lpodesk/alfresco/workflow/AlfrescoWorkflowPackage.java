package org.lpodesk.alfresco.workflow;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.repo.workflow.activiti.ActivitiScriptNode;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.review.workflow.WorkflowPackagePort;
import org.lpodesk.sharing.ConfidentialityLevel;
import org.lpodesk.sharing.DocumentRef;

/**
 * {@link WorkflowPackagePort}: the {@code bpm:packageContains} children of the workflow package
 * (an {@code ActivitiScriptNode} in the {@code bpm_package} variable), ordered by name, with
 * their {@code imm:confidentialityLevel}; a document without one counts as confidential.
 */
public final class AlfrescoWorkflowPackage implements WorkflowPackagePort {

    private final NodeService nodeService;

    public AlfrescoWorkflowPackage(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    @Override
    public List<DocumentRef> documents(Object workflowPackage) {
        NodeRef pkg = nodeRef(workflowPackage);
        if (pkg == null || !nodeService.exists(pkg)) {
            return List.of();
        }
        List<DocumentRef> documents = new ArrayList<>();
        for (ChildAssociationRef child : nodeService.getChildAssocs(pkg, WorkflowModel.ASSOC_PACKAGE_CONTAINS,
                RegexQNamePattern.MATCH_ALL)) {
            NodeRef doc = child.getChildRef();
            Serializable name = nodeService.getProperty(doc, ContentModel.PROP_NAME);
            Serializable level = nodeService.getProperty(doc, ImmModel.PROP_CONFIDENTIALITY_LEVEL);
            documents.add(new DocumentRef(doc.toString(), name == null ? doc.getId() : name.toString(),
                    level == null ? ConfidentialityLevel.CONFIDENTIAL : ConfidentialityLevel.valueOf(level.toString())));
        }
        documents.sort(Comparator.comparing(DocumentRef::name).thenComparing(DocumentRef::id));
        return List.copyOf(documents);
    }

    static NodeRef nodeRef(Object value) {
        if (value instanceof ActivitiScriptNode scriptNode) {
            return scriptNode.getNodeRef();
        }
        if (value instanceof NodeRef nodeRef) {
            return nodeRef;
        }
        if (value instanceof String text && NodeRef.isNodeRef(text)) {
            return new NodeRef(text);
        }
        return null;
    }
}
