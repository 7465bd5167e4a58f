package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.lpodesk.review.workflow.WorkflowModel.ACCEPT;
import static org.lpodesk.review.workflow.WorkflowModel.APPROVE;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_DRAFTING_ASSOCIATE;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_FIRM_REVIEW_OUTCOME;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_HOURS_LOGGED;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_INTAKE_OUTCOME;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_LPO_REVIEW_OUTCOME;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.cmr.version.VersionHistory;
import org.alfresco.service.namespace.QName;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.model.ImmModel;

/**
 * One outsourcing task from request to delivery through Alfresco's workflow service, as Share
 * drives it: the paralegal requests an EB-1 petition on a case with the client's consent; the
 * vendor manager accepts and assigns the associate; the case document reaches the assignment
 * folder only as a copy; the associate drafts and logs time; the LPO reviewer and then the firm
 * attorney approve; the draft arrives in the case approved by the attorney at its own version,
 * and the vendor's access to the assignment folder is gone.
 */
@RunWith(AlfrescoTestRunner.class)
public class OutsourcingRunIT extends PetitionOutsourcingBase {

    @Test
    public void anEb1PetitionRunsFromRequestToDelivery() throws InterruptedException {
        NodeRef evidence = firm.as(firm.paralegal, () -> {
            NodeRef node = firm.child(firm.caseFolder, ImmModel.TYPE_DOCUMENT, "publications-" + firm.suffix + ".txt", Map.of());
            write(node, "list of publications");
            return node;
        });

        String workflowId = steps.request("EB1_PETITION", evidence);

        steps.complete(firm.manager, workflowId, "immwf:intakeTask", Map.of(WorkflowSteps.immwf(VAR_INTAKE_OUTCOME), ACCEPT),
                Map.of(WorkflowSteps.immwf(VAR_DRAFTING_ASSOCIATE), List.of(firm.asAdmin(() -> firm.personNode(firm.associate)))));

        steps.awaitTask(workflowId, "immwf:draftingTask");
        NodeRef folder = firm.asAdmin(() -> nodes().getChildByName(firm.vendorLibrary, ContentModel.ASSOC_CONTAINS,
                "task-" + workflowId.substring(workflowId.indexOf('$') + 1)));
        assertNotNull("assignment folder of " + workflowId + " in the vendor's site", folder);
        assertEquals("the case document reached the vendor as a copy", 1,
                (int) firm.asAdmin(() -> copiesIn(folder)));
        assertEquals(AccessStatus.ALLOWED, read(firm.associate, folder));
        assertEquals("never the original", AccessStatus.DENIED, read(firm.associate, evidence));
        firm.asAdmin(() -> {
            assertEquals("the original says with whom and for what it is shared", firm.vendor.id(),
                    nodes().getProperty(evidence, ImmModel.PROP_SHARED_WITH_VENDOR));
            assertEquals("EB1_PETITION", nodes().getProperty(evidence, ImmModel.PROP_SHARED_TASK_KIND));
            assertNull("a live share has not ended", nodes().getProperty(evidence, ImmModel.PROP_SHARE_ENDED_ON));
            return null;
        });

        firm.as(firm.associate, () -> {
            NodeRef draft = firm.child(folder, ContentModel.TYPE_CONTENT, "petition-" + firm.suffix + ".txt", Map.of());
            write(draft, "EB-1A petition, first draft");
            return null;
        });
        steps.complete(firm.associate, workflowId, "immwf:draftingTask", Map.of(WorkflowSteps.immwf(VAR_HOURS_LOGGED), 4.0d, WorkflowSteps.immwf(org.lpodesk.review.workflow.WorkflowModel.VAR_DRAFT_AI_USED), false), Map.of());
        // the LPO reviewer's form shows the case as the vendor may know it and the work so far,
        // none of it stored on the process but the number and deadline; the case folder stays closed
        String caseType = firm.asAdmin(() -> (String) nodes().getProperty(firm.caseFolder, ImmModel.PROP_CASE_TYPE));
        String beneficiary = firm.asAdmin(() -> (String) nodes().getProperty(firm.caseFolder, ImmModel.PROP_BENEFICIARY_NAME));
        assertNotNull(caseType);
        assertNotNull(beneficiary);
        String lpoReview = firm.as(firm.reviewer, () -> steps.openTask(workflowId, "immwf:lpoReviewTask").getId());
        Map<String, Object> shown = taskForm(firm.reviewer, lpoReview);
        assertEquals(caseType, shown.get("prop_immwf_caseType"));
        assertEquals(beneficiary, shown.get("prop_immwf_beneficiaryName"));
        assertEquals(4.0d, shown.get("prop_immwf_hoursLoggedTotal"));
        assertEquals(Boolean.FALSE, shown.get("prop_immwf_aiUsed"));
        assertEquals(AccessStatus.DENIED, read(firm.reviewer, firm.caseFolder));
        firm.asAdmin(() -> {
            Map<QName, java.io.Serializable> process = getServiceRegistry().getWorkflowService()
                    .getPathProperties(steps.openTask(workflowId, "immwf:lpoReviewTask").getPath().getId());
            for (String shownOnly : List.of("caseType", "beneficiaryName", "hoursLoggedTotal", "aiUsed")) {
                assertNull(shownOnly + " is not a process variable",
                        process.get(QName.createQName(org.lpodesk.review.workflow.WorkflowModel.NAMESPACE, shownOnly)));
            }
            return null;
        });
        steps.complete(firm.reviewer, workflowId, "immwf:lpoReviewTask", Map.of(WorkflowSteps.immwf(VAR_LPO_REVIEW_OUTCOME), APPROVE), Map.of());
        String firmReview = firm.as(firm.attorney, () -> steps.openTask(workflowId, "immwf:firmReviewTask").getId());
        steps.complete(firm.attorney, workflowId, "immwf:firmReviewTask", Map.of(WorkflowSteps.immwf(VAR_FIRM_REVIEW_OUTCOME), APPROVE), Map.of());

        steps.awaitEnd(workflowId);
        NodeRef delivered = firm.asAdmin(() -> approvedIn(firm.caseFolder)).orElse(null);
        assertNotNull("an approved delivery in the case folder", delivered);
        firm.asAdmin(() -> {
            assertEquals(firm.attorney, nodes().getProperty(delivered, ImmModel.PROP_APPROVER));
            assertEquals("the approval names the delivered version",
                    nodes().getProperty(delivered, ContentModel.PROP_VERSION_LABEL),
                    nodes().getProperty(delivered, ImmModel.PROP_APPROVED_VERSION_LABEL));
            // exactly one version, the approved one, with the same approval as the live node
            VersionHistory history = getServiceRegistry().getVersionService().getVersionHistory(delivered);
            assertEquals("one version, not an initial copy plus the approved one", 1, history.getAllVersions().size());
            Version only = history.getHeadVersion();
            assertEquals("1.0", only.getVersionLabel());
            assertEquals("1.0", nodes().getProperty(only.getFrozenStateNodeRef(), ImmModel.PROP_APPROVED_VERSION_LABEL));
            assertEquals(firm.attorney, nodes().getProperty(only.getFrozenStateNodeRef(), ImmModel.PROP_APPROVER));
            // the task kind's imm type, its confidentiality, in the case's Drafts folder
            assertEquals(QName.createQName(ImmModel.URI, "petitionDraft"), nodes().getType(delivered));
            assertEquals("CONFIDENTIAL", nodes().getProperty(delivered, ImmModel.PROP_CONFIDENTIALITY_LEVEL));
            assertEquals("Drafts", nodes().getProperty(nodes().getPrimaryParent(delivered).getParentRef(),
                    ContentModel.PROP_NAME));
            // made by the approving attorney, drafted by the vendor's associate
            assertEquals(firm.attorney, nodes().getProperty(delivered, ContentModel.PROP_CREATOR));
            assertEquals(firm.attorney, nodes().getProperty(delivered, ContentModel.PROP_MODIFIER));
            assertEquals(firm.attorney, only.getFrozenModifier());
            assertEquals(firm.associate, nodes().getProperty(delivered, ContentModel.PROP_AUTHOR));
            return null;
        });
        assertEquals("vendor access revoked on close", AccessStatus.DENIED, read(firm.associate, folder));
        firm.asAdmin(() -> {
            assertNotNull("after close the original says the share ended",
                    nodes().getProperty(evidence, ImmModel.PROP_SHARE_ENDED_ON));
            assertEquals("and keeps what it was", "EB1_PETITION", nodes().getProperty(evidence,
                    ImmModel.PROP_SHARED_TASK_KIND));
            return null;
        });
        assertEquals("the firm keeps the assignment as its record", AccessStatus.ALLOWED, read(firm.attorney, folder));
        // the completed review's details page shows the same facts, read from history
        Map<String, Object> done = taskForm(firm.attorney, firmReview);
        assertEquals(beneficiary, done.get("prop_immwf_beneficiaryName"));
        assertEquals(4.0d, done.get("prop_immwf_hoursLoggedTotal"));
        assertEquals(Boolean.FALSE, done.get("prop_immwf_aiUsed"));
    }

    /** The case facts' values in the task's form as Share gets it (Alfresco's form service, as the user). */
    private Map<String, Object> taskForm(String user, String taskId) {
        return firm.as(user, () -> {
            org.alfresco.repo.forms.Form form = getServiceRegistry().getFormService().getForm(
                    new org.alfresco.repo.forms.Item("task", taskId),
                    List.of("immwf:caseType", "immwf:beneficiaryName", "immwf:hoursLoggedTotal", "immwf:aiUsed"));
            Map<String, Object> values = new java.util.HashMap<>();
            for (String key : form.getFormData().getFieldNames()) {
                values.put(key, form.getFormData().getFieldData(key).getValue());
            }
            return values;
        });
    }

    private int copiesIn(NodeRef folder) {
        int copies = 0;
        for (ChildAssociationRef child : nodes().getChildAssocs(folder)) {
            if (nodes().getProperty(child.getChildRef(), ImmModel.PROP_SHARED_FROM) != null) {
                copies++;
            }
        }
        return copies;
    }

    /** The first node at most two levels below {@code folder} that carries an attorney approval. */
    private Optional<NodeRef> approvedIn(NodeRef folder) {
        for (ChildAssociationRef child : nodes().getChildAssocs(folder)) {
            NodeRef node = child.getChildRef();
            if (nodes().hasAspect(node, ImmModel.ASPECT_ATTORNEY_APPROVAL)) {
                return Optional.of(node);
            }
            for (ChildAssociationRef grandChild : nodes().getChildAssocs(node)) {
                if (nodes().hasAspect(grandChild.getChildRef(), ImmModel.ASPECT_ATTORNEY_APPROVAL)) {
                    return Optional.of(grandChild.getChildRef());
                }
            }
        }
        return Optional.empty();
    }

    private AccessStatus read(String user, NodeRef node) {
        return firm.as(user, () -> getServiceRegistry().getPermissionService().hasPermission(node, PermissionService.READ));
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }
}
