package org.lpodesk.it;

import static org.junit.Assert.assertFalse;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/**
 * Drives outsourcing tasks through Alfresco's workflow service as Share does: start with a package,
 * claim a pooled task, set its properties, end it; wait for the job executor's asynchronous steps.
 */
final class WorkflowSteps {

    /** The two asynchronous steps (sharing, delivery) run on the job executor: wait this long at most. */
    static final long ASYNC_WAIT_MILLIS = 120_000;

    private final FirmFixture firm;
    private final WorkflowService workflows;

    WorkflowSteps(FirmFixture firm, WorkflowService workflows) {
        this.firm = firm;
        this.workflows = workflows;
    }

    /** The paralegal's request of {@code kind} for the firm's case, with {@code document} in its package. */
    String request(String kind, NodeRef document) {
        return request(kind, firm.caseFolder, null, List.of(document));
    }

    /**
     * The paralegal's request of {@code kind} for {@code caseFolder} with {@code documents} in its
     * package and, when not null, the reason restricted PII must travel.
     */
    String request(String kind, NodeRef caseFolder, String piiReason, List<NodeRef> documents) {
        return firm.as(firm.paralegal, () -> {
            NodeRef pkg = workflows.createPackage(null);
            for (NodeRef document : documents) {
                firm.services().getNodeService().addChild(pkg, document, WorkflowModel.ASSOC_PACKAGE_CONTAINS,
                        QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, QName.createValidLocalName(
                                (String) firm.services().getNodeService().getProperty(document,
                                        ContentModel.PROP_NAME))));
            }
            Map<QName, Serializable> request = new HashMap<>();
            request.put(WorkflowModel.ASSOC_PACKAGE, pkg);
            request.put(immwf(org.lpodesk.review.workflow.WorkflowModel.VAR_VENDOR_ID), firm.vendor.id());
            request.put(immwf(org.lpodesk.review.workflow.WorkflowModel.VAR_TASK_KIND), kind);
            request.put(immwf(org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_ID), caseFolder.toString());
            if (piiReason != null) {
                request.put(immwf(org.lpodesk.review.workflow.WorkflowModel.VAR_PII_REASON), piiReason);
            }
            request.put(WorkflowModel.PROP_WORKFLOW_PRIORITY, 2);
            String definition = workflows.getDefinitionByName("activiti$"
                    + org.lpodesk.review.workflow.WorkflowModel.OUTSOURCING_PROCESS).getId();
            WorkflowPath path = workflows.startWorkflow(definition, request);
            // Alfresco keeps the start task open until it is ended, as Share's start form does
            for (WorkflowTask start : workflows.getTasksForWorkflowPath(path.getId())) {
                workflows.endTask(start.getId(), null);
            }
            return path.getInstance().getId();
        });
    }

    /** Claims the open task named {@code taskName} as {@code user} if it is pooled, sets its properties, ends it. */
    void complete(String user, String workflowId, String taskName, Map<QName, Serializable> properties,
                  Map<QName, List<NodeRef>> associations) {
        String taskId = firm.asAdmin(() -> openTask(workflowId, taskName).getId());
        firm.as(user, () -> {
            WorkflowTask task = workflows.getTaskById(taskId);
            if (task.getProperties().get(ContentModel.PROP_OWNER) == null) {
                workflows.updateTask(taskId, Map.of(ContentModel.PROP_OWNER, user), null, null);
            }
            // a mutable map: Alfresco adds the associations into it
            workflows.updateTask(taskId, new HashMap<>(properties), associations, null);
            workflows.endTask(taskId, null);
            return null;
        });
    }

    WorkflowTask openTask(String workflowId, String taskName) {
        List<WorkflowTask> open = new ArrayList<>();
        for (WorkflowPath path : workflows.getWorkflowPaths(workflowId)) {
            open.addAll(workflows.getTasksForWorkflowPath(path.getId()));
        }
        return open.stream().filter(t -> taskName.equals(t.getName())).findFirst().orElseThrow(() ->
                new AssertionError("no open " + taskName + " in " + workflowId + "; open: "
                        + open.stream().map(WorkflowTask::getName).toList()));
    }

    void awaitTask(String workflowId, String taskName) throws InterruptedException {
        long until = System.currentTimeMillis() + ASYNC_WAIT_MILLIS;
        while (true) {
            try {
                firm.asAdmin(() -> openTask(workflowId, taskName));
                return;
            } catch (AssertionError | AlfrescoRuntimeException notYet) {
                // the transaction helper wraps the AssertionError
                if (System.currentTimeMillis() > until) {
                    throw notYet;
                }
                Thread.sleep(1000);
            }
        }
    }

    void awaitEnd(String workflowId) throws InterruptedException {
        long until = System.currentTimeMillis() + ASYNC_WAIT_MILLIS;
        while (firm.asAdmin(() -> workflows.getWorkflowById(workflowId).isActive())) {
            assertFalse(workflowId + " did not end within " + ASYNC_WAIT_MILLIS + " ms", System.currentTimeMillis() > until);
            Thread.sleep(1000);
        }
    }

    /** {@code immwf_vendorId} -> {@code immwf:vendorId}: the process variable's task property. */
    static QName immwf(String variable) {
        return QName.createQName(org.lpodesk.review.workflow.WorkflowModel.NAMESPACE,
                variable.substring(variable.indexOf('_') + 1));
    }
}
