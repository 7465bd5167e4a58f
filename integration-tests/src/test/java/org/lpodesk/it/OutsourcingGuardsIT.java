package org.lpodesk.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.lpodesk.review.workflow.WorkflowModel.ACCEPT;
import static org.lpodesk.review.workflow.WorkflowModel.APPROVE;
import static org.lpodesk.review.workflow.WorkflowModel.OUTSOURCING_PROCESS;
import static org.lpodesk.review.workflow.WorkflowModel.REQUEST_CHANGES;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_ID;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_DRAFTING_ASSOCIATE;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_FIRM_REVIEW_OUTCOME;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_HOURS_LOGGED;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_INTAKE_OUTCOME;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_LPO_REVIEW_OUTCOME;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_PII_REASON;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_TASK_KIND;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_VENDOR_ID;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.rad.test.AbstractAlfrescoIT;
import org.alfresco.rad.test.AlfrescoTestRunner;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.audit.AuditQueryParameters;
import org.alfresco.service.cmr.audit.AuditService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.outsourcing.workflow.OutsourcingRequestRefusedException;

/**
 * The outsourcing rules that the repository enforces on real users of each role: a restricted-PII
 * document travels only with the client's consent to it and a recorded reason; the LPO associate
 * never reads the firm's originals and loses the assignment folder at close, another associate of
 * the same vendor never reads it; neither the drafter nor a paralegal can complete the firm's
 * review; a change request goes back to drafting; cancelling closes the assignment folder; and the
 * audit application records the share, the rejection, the approval and the revoke.
 */
@RunWith(AlfrescoTestRunner.class)
public class OutsourcingGuardsIT extends AbstractAlfrescoIT {

    private static final long ASYNC_WAIT_MILLIS = 120_000;

    private FirmFixture firm;
    private String otherAssociate;
    private NodeRef evidence;
    private NodeRef passport;
    private long startedAt;

    @Before
    public void onboardVendorAndOpenCase() {
        startedAt = System.currentTimeMillis();
        firm = new FirmFixture(getServiceRegistry(), getApplicationContext());
        firm.create();
        firm.engage(Map.of("currency", "USD", "businessDayEnd", "18:00",
                "terms", List.of(Map.of("kind", "RFE_RESPONSE", "turnaroundBusinessDays", 5, "billing", "FLAT_FEE",
                        "fee", "400.00", "clientCharge", "FEE"))));
        otherAssociate = "it.associate2." + firm.suffix;
        firm.asAdmin(() -> {
            Map<QName, Serializable> person = new HashMap<>();
            person.put(ContentModel.PROP_USERNAME, otherAssociate);
            person.put(ContentModel.PROP_FIRSTNAME, "IT");
            person.put(ContentModel.PROP_LASTNAME, "Second associate");
            person.put(ContentModel.PROP_EMAIL, otherAssociate + "@example.com");
            getServiceRegistry().getPersonService().createPerson(person);
            getServiceRegistry().getAuthorityService().addAuthority(
                    firm.vendor.group(org.lpodesk.outsourcing.VendorRole.ASSOCIATES), otherAssociate);
            return null;
        });
        evidence = document("support-letter-" + firm.suffix + ".txt", "support letter", null);
        passport = document("passport-" + firm.suffix + ".txt", "passport scan", "RESTRICTED_PII");
        consent("DOCUMENTS");
    }

    @After
    public void removeFirmAndVendor() {
        firm.asAdmin(() -> {
            if (getServiceRegistry().getPersonService().personExists(otherAssociate)) {
                getServiceRegistry().getPersonService().deletePerson(otherAssociate);
            }
            return null;
        });
        firm.remove();
    }

    @Test
    public void restrictedPiiNeedsConsentToItAndARecordedReason() {
        assertRefused("consent covers documents but not restricted PII", null);
        consent("DOCUMENTS_AND_RESTRICTED_PII");
        assertRefused("consent covers restricted PII but no reason was given", null);
        String workflowId = request("the RFE asks for proof of identity");
        assertNotNull(workflowId);
    }

    @Test
    public void firmReviewBelongsToAFirmAttorneyAndChangesGoBackToDrafting() throws InterruptedException {
        consent("DOCUMENTS_AND_RESTRICTED_PII");
        String workflowId = request("the RFE asks for proof of identity");
        assertOriginalsClosedTo(firm.associate);

        complete(firm.manager, workflowId, "immwf:intakeTask", Map.of(immwf(VAR_INTAKE_OUTCOME), ACCEPT),
                Map.of(immwf(VAR_DRAFTING_ASSOCIATE), List.of(firm.asAdmin(() -> firm.personNode(firm.associate)))));
        awaitTask(workflowId, "immwf:draftingTask");
        NodeRef folder = firm.asAdmin(() -> nodes().getChildByName(firm.vendorLibrary, ContentModel.ASSOC_CONTAINS,
                "task-" + workflowId.substring(workflowId.indexOf('$') + 1)));
        assertNotNull("assignment folder of " + workflowId, folder);
        assertEquals("both documents were shared as copies", 2, (int) firm.asAdmin(() -> copiesIn(folder)));
        assertEquals(AccessStatus.ALLOWED, read(firm.associate, folder));
        assertEquals("another associate of the vendor", AccessStatus.DENIED, read(otherAssociate, folder));
        assertOriginalsClosedTo(firm.associate);

        NodeRef draft = firm.as(firm.associate, () -> {
            NodeRef node = firm.child(folder, ContentModel.TYPE_CONTENT, "rfe-response-" + firm.suffix + ".txt", Map.of());
            write(node, "RFE response, first draft");
            return node;
        });
        complete(firm.associate, workflowId, "immwf:draftingTask", Map.of(immwf(VAR_HOURS_LOGGED), 3.0d, immwf(org.lpodesk.review.workflow.WorkflowModel.VAR_DRAFT_AI_USED), false), Map.of());
        assertOriginalsClosedTo(firm.associate);
        complete(firm.reviewer, workflowId, "immwf:lpoReviewTask", Map.of(immwf(VAR_LPO_REVIEW_OUTCOME), APPROVE), Map.of());

        for (String notAnApprover : List.of(firm.associate, firm.paralegal)) {
            try {
                complete(notAnApprover, workflowId, "immwf:firmReviewTask",
                        Map.of(immwf(VAR_FIRM_REVIEW_OUTCOME), APPROVE), Map.of());
                fail(notAnApprover + " completed the firm review");
            } catch (RuntimeException refused) {
                // refused: the task is still open for a firm attorney
            }
            assertNotNull(requireOpenTask(workflowId, "immwf:firmReviewTask"));
        }

        complete(firm.attorney, workflowId, "immwf:firmReviewTask",
                Map.of(immwf(VAR_FIRM_REVIEW_OUTCOME), REQUEST_CHANGES), Map.of());
        awaitTask(workflowId, "immwf:draftingTask");
        assertOriginalsClosedTo(firm.associate);
        firm.as(firm.associate, () -> {
            write(draft, "RFE response, second draft");
            return null;
        });
        complete(firm.associate, workflowId, "immwf:draftingTask", Map.of(immwf(VAR_HOURS_LOGGED), 1.5d, immwf(org.lpodesk.review.workflow.WorkflowModel.VAR_DRAFT_AI_USED), false), Map.of());
        complete(firm.reviewer, workflowId, "immwf:lpoReviewTask", Map.of(immwf(VAR_LPO_REVIEW_OUTCOME), APPROVE), Map.of());
        complete(firm.attorney, workflowId, "immwf:firmReviewTask", Map.of(immwf(VAR_FIRM_REVIEW_OUTCOME), APPROVE), Map.of());

        awaitEnd(workflowId);
        assertOriginalsClosedTo(firm.associate);
        assertEquals("vendor access revoked on close", AccessStatus.DENIED, read(firm.associate, folder));
        assertEquals(AccessStatus.DENIED, read(otherAssociate, folder));

        Set<String> events = auditedEvents();
        for (String event : List.of("share", "rejection", "approval", "revoke")) {
            assertTrue("audit application lpodesk has a " + event + " entry; it has " + events, events.contains(event));
        }
    }

    @Test
    public void cancellingTheWorkflowClosesTheAssignmentFolderToTheVendor() throws InterruptedException {
        String workflowId = request(null, List.of(evidence));
        complete(firm.manager, workflowId, "immwf:intakeTask", Map.of(immwf(VAR_INTAKE_OUTCOME), ACCEPT),
                Map.of(immwf(VAR_DRAFTING_ASSOCIATE), List.of(firm.asAdmin(() -> firm.personNode(firm.associate)))));
        awaitTask(workflowId, "immwf:draftingTask");
        NodeRef folder = firm.asAdmin(() -> nodes().getChildByName(firm.vendorLibrary, ContentModel.ASSOC_CONTAINS,
                "task-" + workflowId.substring(workflowId.indexOf('$') + 1)));
        assertNotNull("assignment folder of " + workflowId, folder);
        assertEquals(AccessStatus.ALLOWED, read(firm.associate, folder));

        firm.as(firm.paralegal, () -> workflows().cancelWorkflow(workflowId));

        assertFalse(firm.asAdmin(() -> workflows().getWorkflowById(workflowId) != null
                && workflows().getWorkflowById(workflowId).isActive()));
        assertEquals("vendor access revoked on cancel", AccessStatus.DENIED, read(firm.associate, folder));
        assertEquals(AccessStatus.DENIED, read(otherAssociate, folder));
        assertOriginalsClosedTo(firm.associate);
        firm.asAdmin(() -> {
            assertNotNull("after cancel the original says the share ended",
                    nodes().getProperty(evidence, ImmModel.PROP_SHARE_ENDED_ON));
            assertEquals(firm.vendor.id(), nodes().getProperty(evidence, ImmModel.PROP_SHARED_WITH_VENDOR));
            assertNotNull(nodes().getProperty(evidence, ImmModel.PROP_SHARED_TASK_KIND));
            return null;
        });
    }

    private String request(String piiReason) {
        return request(piiReason, List.of(evidence, passport));
    }

    private String request(String piiReason, List<NodeRef> documents) {
        return firm.as(firm.paralegal, () -> {
            NodeRef pkg = workflows().createPackage(null);
            for (NodeRef document : documents) {
                nodes().addChild(pkg, document, WorkflowModel.ASSOC_PACKAGE_CONTAINS, QName.createQName(
                        NamespaceService.CONTENT_MODEL_1_0_URI, QName.createValidLocalName(
                                (String) nodes().getProperty(document, ContentModel.PROP_NAME))));
            }
            Map<QName, Serializable> request = new HashMap<>();
            request.put(WorkflowModel.ASSOC_PACKAGE, pkg);
            request.put(immwf(VAR_VENDOR_ID), firm.vendor.id());
            request.put(immwf(VAR_TASK_KIND), "RFE_RESPONSE");
            request.put(immwf(VAR_CASE_ID), firm.caseFolder.toString());
            if (piiReason != null) {
                request.put(immwf(VAR_PII_REASON), piiReason);
            }
            String definition = workflows().getDefinitionByName("activiti$" + OUTSOURCING_PROCESS).getId();
            WorkflowPath path = workflows().startWorkflow(definition, request);
            // as Share's start form and Alfresco's own start API do
            for (WorkflowTask start : workflows().getTasksForWorkflowPath(path.getId())) {
                workflows().endTask(start.getId(), null);
            }
            return path.getInstance().getId();
        });
    }

    private void assertRefused(String why, String piiReason) {
        try {
            request(piiReason);
            fail("outsourcing was started although " + why);
        } catch (RuntimeException refused) {
            assertTrue(why + ": " + refused, causedBy(refused, OutsourcingRequestRefusedException.class));
        }
        assertEquals("a refused request leaves nothing in the vendor's site", 0,
                (int) firm.asAdmin(() -> nodes().getChildAssocs(firm.vendorLibrary).size()));
    }

    private void assertOriginalsClosedTo(String user) {
        assertEquals(AccessStatus.DENIED, read(user, firm.caseFolder));
        assertEquals(AccessStatus.DENIED, read(user, evidence));
        assertEquals(AccessStatus.DENIED, read(user, passport));
    }

    private NodeRef document(String name, String text, String confidentiality) {
        return firm.as(firm.paralegal, () -> {
            NodeRef node = firm.child(firm.caseFolder, ImmModel.TYPE_DOCUMENT, name, Map.of());
            write(node, text);
            if (confidentiality != null) {
                nodes().addAspect(node, ImmModel.ASPECT_CONFIDENTIALITY,
                        Map.of(ImmModel.PROP_CONFIDENTIALITY_LEVEL, confidentiality));
            }
            return node;
        });
    }

    private void consent(String scope) {
        firm.consent(firm.caseFolder, scope);
    }

    /** Claims the open task {@code taskName} as {@code user} if it is pooled, sets its properties, ends it. */
    private void complete(String user, String workflowId, String taskName, Map<QName, Serializable> properties,
                          Map<QName, List<NodeRef>> associations) {
        String taskId = requireOpenTask(workflowId, taskName).getId();
        firm.as(user, () -> {
            WorkflowTask task = workflows().getTaskById(taskId);
            if (task.getProperties().get(ContentModel.PROP_OWNER) == null) {
                workflows().updateTask(taskId, Map.of(ContentModel.PROP_OWNER, user), null, null);
            }
            workflows().updateTask(taskId, new HashMap<>(properties), associations, null);
            workflows().endTask(taskId, null);
            return null;
        });
    }

    /** The open tasks of the workflow; read as admin, in a transaction of its own. */
    private List<WorkflowTask> openTasks(String workflowId) {
        return firm.asAdmin(() -> {
            List<WorkflowTask> open = new ArrayList<>();
            for (WorkflowPath path : workflows().getWorkflowPaths(workflowId)) {
                open.addAll(workflows().getTasksForWorkflowPath(path.getId()));
            }
            return open;
        });
    }

    private WorkflowTask requireOpenTask(String workflowId, String taskName) {
        List<WorkflowTask> open = openTasks(workflowId);
        return open.stream().filter(t -> taskName.equals(t.getName())).findFirst().orElseThrow(() ->
                new AssertionError("no open " + taskName + " in " + workflowId + "; open: "
                        + open.stream().map(WorkflowTask::getName).toList()));
    }

    /** Waits for a task that the job executor creates after an asynchronous step. */
    private void awaitTask(String workflowId, String taskName) throws InterruptedException {
        long until = System.currentTimeMillis() + ASYNC_WAIT_MILLIS;
        while (openTasks(workflowId).stream().noneMatch(t -> taskName.equals(t.getName()))) {
            if (System.currentTimeMillis() > until) {
                requireOpenTask(workflowId, taskName);
            }
            Thread.sleep(1000);
        }
    }

    private void awaitEnd(String workflowId) throws InterruptedException {
        long until = System.currentTimeMillis() + ASYNC_WAIT_MILLIS;
        while (firm.asAdmin(() -> workflows().getWorkflowById(workflowId).isActive())) {
            assertFalse(workflowId + " did not end within " + ASYNC_WAIT_MILLIS + " ms", System.currentTimeMillis() > until);
            Thread.sleep(1000);
        }
    }

    /** Event keys (share, revoke, ...) of the lpodesk audit entries about this firm's nodes since the test began. */
    private Set<String> auditedEvents() {
        Set<String> events = new HashSet<>();
        AuditQueryParameters query = new AuditQueryParameters();
        query.setApplicationName("lpodesk");
        query.setFromTime(startedAt);
        firm.asAdmin(() -> {
            getApplicationContext().getBean("AuditService", AuditService.class).auditQuery(new AuditService.AuditQueryCallback() {
                @Override
                public boolean valuesRequired() {
                    return true;
                }

                @Override
                public boolean handleAuditEntry(Long entryId, String applicationName, String user, long time,
                                                Map<String, Serializable> values) {
                    for (String path : values.keySet()) {
                        String[] parts = path.split("/");
                        if (parts.length > 2) {
                            events.add(parts[2]);
                        }
                    }
                    return true;
                }

                @Override
                public boolean handleAuditEntryError(Long entryId, String errorMsg, Throwable error) {
                    throw new AssertionError("unreadable audit entry " + entryId + ": " + errorMsg, error);
                }
            }, query, 1000);
            return null;
        });
        return events;
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

    private AccessStatus read(String user, NodeRef node) {
        return firm.as(user, () -> getServiceRegistry().getPermissionService().hasPermission(node, PermissionService.READ));
    }

    private void write(NodeRef node, String text) {
        ContentWriter writer = getServiceRegistry().getContentService().getWriter(node, ContentModel.PROP_CONTENT, true);
        writer.setMimetype("text/plain");
        writer.setEncoding("UTF-8");
        writer.putContent(text);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code immwf_vendorId} -> {@code immwf:vendorId}: the process variable's task property. */
    private static QName immwf(String variable) {
        return QName.createQName(org.lpodesk.review.workflow.WorkflowModel.NAMESPACE,
                variable.substring(variable.indexOf('_') + 1));
    }

    private WorkflowService workflows() {
        return getServiceRegistry().getWorkflowService();
    }

    private NodeService nodes() {
        return getServiceRegistry().getNodeService();
    }
}
