package org.lpodesk.alfresco.cases;

import org.lpodesk.dates.CalendarDates;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ModelRefusal;
import org.lpodesk.cases.numbering.CaseNumber;
import org.lpodesk.cases.template.CaseFolderTemplate;

/**
 * When an {@code imm:case} folder is created: gives it the next case number (or reserves the one
 * it was created with), the opening date, and the standard sub-folders. When it is deleted: frees
 * its number. Everything happens in the creating transaction, so a failed creation leaves neither
 * a number nor folders behind.
 */
public final class CaseFolderBehaviour implements NodeServicePolicies.OnCreateNodePolicy,
        NodeServicePolicies.BeforeDeleteNodePolicy {

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final CaseNumberAllocator allocator;
    private final ZoneId firmZone;

    public CaseFolderBehaviour(PolicyComponent policyComponent, NodeService nodeService, CaseNumberAllocator allocator,
                               String firmZone) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.allocator = allocator;
        this.firmZone = ZoneId.of(firmZone);
    }

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, ImmModel.TYPE_CASE,
                new JavaBehaviour(this, "onCreateNode", NotificationFrequency.TRANSACTION_COMMIT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, ImmModel.TYPE_CASE,
                new JavaBehaviour(this, "beforeDeleteNode", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        NodeRef caseNode = childAssocRef.getChildRef();
        if (!nodeService.exists(caseNode)) {
            return;
        }
        Serializable given = nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER);
        if (given == null || given.toString().isBlank()) {
            nodeService.setProperty(caseNode, ImmModel.PROP_CASE_NUMBER, allocator.allocate(caseNode).toString());
        } else {
            ModelRefusal.run(() -> allocator.reserve(CaseNumber.parse(given.toString()), caseNode));
        }
        if (nodeService.getProperty(caseNode, ImmModel.PROP_OPENED_ON) == null) {
            nodeService.setProperty(caseNode, ImmModel.PROP_OPENED_ON,
                    CalendarDates.toDate(LocalDate.now(firmZone)));
        }
        Locale locale = Locale.getDefault();
        for (CaseFolderTemplate folder : CaseFolderTemplate.folders()) {
            String name = folder.folderName(locale);
            if (nodeService.getChildByName(caseNode, ContentModel.ASSOC_CONTAINS, name) == null) {
                nodeService.createNode(caseNode, ContentModel.ASSOC_CONTAINS,
                        QName.createQName(ContentModel.USER_MODEL_URI, QName.createValidLocalName(name)),
                        ContentModel.TYPE_FOLDER, Map.of(ContentModel.PROP_NAME, name));
            }
        }
    }

    @Override
    public void beforeDeleteNode(NodeRef caseNode) {
        Serializable number = nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER);
        if (number != null && !number.toString().isBlank()) {
            allocator.release(CaseNumber.parse(number.toString()), caseNode);
        }
    }
}
