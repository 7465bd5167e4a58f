package org.lpodesk.alfresco.workflow;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.repo.workflow.activiti.ActivitiScriptNode;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;
import org.lpodesk.alfresco.sharing.CaseDocuments;
import org.lpodesk.review.workflow.WorkflowPackagePort;
import org.lpodesk.sharing.DocumentRef;

/**
 * {@link WorkflowPackagePort}: the {@code bpm:packageContains} children of the workflow package
 * (an {@code ActivitiScriptNode} in the {@code bpm_package} variable), ordered by name, with
 * what the sharing policy reads of each ({@link CaseDocuments}).
 */
public final class AlfrescoWorkflowPackage implements WorkflowPackagePort {

    private final NodeService nodeService;
    private final CaseDocuments caseDocuments;

    public AlfrescoWorkflowPackage(NodeService nodeService, CaseDocuments caseDocuments) {
        this.nodeService = nodeService;
        this.caseDocuments = caseDocuments;
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
            documents.add(caseDocuments.document(child.getChildRef()));
        }
        documents.sort(Comparator.comparing(DocumentRef::name).thenComparing(DocumentRef::id));
        return List.copyOf(documents);
    }

    @Override
    public void show(Object workflowPackage, List<String> documentIds) {
        NodeRef pkg = nodeRef(workflowPackage);
        if (pkg == null) {
            throw new IllegalStateException("The workflow has no package to list its documents in.");
        }
        // as the system: the package belongs to the process, whoever the task's user is
        AuthenticationUtil.runAsSystem(() -> {
            Set<NodeRef> wanted = new LinkedHashSet<>();
            documentIds.forEach(id -> wanted.add(new NodeRef(id)));
            for (ChildAssociationRef child : nodeService.getChildAssocs(pkg, WorkflowModel.ASSOC_PACKAGE_CONTAINS,
                    RegexQNamePattern.MATCH_ALL)) {
                if (!wanted.remove(child.getChildRef())) {
                    nodeService.removeChildAssociation(child);
                }
            }
            for (NodeRef doc : wanted) {
                Serializable name = nodeService.getProperty(doc, ContentModel.PROP_NAME);
                nodeService.addChild(pkg, doc, WorkflowModel.ASSOC_PACKAGE_CONTAINS, QName.createQName(
                        NamespaceService.CONTENT_MODEL_1_0_URI, QName.createValidLocalName(String.valueOf(name))));
            }
            return null;
        });
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
