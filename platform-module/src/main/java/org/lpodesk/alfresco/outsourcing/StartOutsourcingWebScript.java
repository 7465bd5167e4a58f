package org.lpodesk.alfresco.outsourcing;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmwfModel;
import org.lpodesk.alfresco.sharing.CaseDocuments;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.outsourcing.start.StartOutsourcingRequest;
import org.lpodesk.outsourcing.workflow.OutsourcingRequestRefusedException;
import org.lpodesk.outsourcing.workflow.RequestCheck;
import org.lpodesk.sharing.DocumentRef;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code POST /lpodesk/outsourcing}: starts {@code activiti$immOutsourcing} only for a request
 * core accepts. The body is validated field by field (400 naming the field); every document must
 * be readable by the caller and lie inside the named case (400 otherwise); then core's
 * {@link RequestCheck} applies the vendor vetting, the engagement, the client's consent, the
 * sharing policy and the due-date helper, and refuses with every reason at once (409). Only then
 * is the package made, the documents added and the process started, all in this transaction.
 */
public final class StartOutsourcingWebScript extends AbstractWebScript {

    private final NodeService nodeService;
    private final WorkflowService workflowService;
    private final RequestCheck requestCheck;
    private final CaseDocuments caseDocuments;
    private final ZoneId firmZone;
    private final Clock clock;

    public StartOutsourcingWebScript(NodeService nodeService, WorkflowService workflowService,
                                     RequestCheck requestCheck, CaseDocuments caseDocuments, String firmZone,
                                     Clock clock) {
        this.nodeService = nodeService;
        this.caseDocuments = caseDocuments;
        this.workflowService = workflowService;
        this.requestCheck = requestCheck;
        this.firmZone = ZoneId.of(firmZone);
        this.clock = clock;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        StartOutsourcingRequest request;
        List<DocumentRef> documents;
        try {
            request = StartOutsourcingRequest.parse(JsonExchange.body(req));
            documents = documents(request);
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        Date due = request.dueDate().map(d -> Date.from(d.atStartOfDay(firmZone).toInstant())).orElse(null);
        try {
            requestCheck.check(new RequestCheck.Request(request.vendorId(), request.taskKind().name(),
                    request.caseId(), request.piiReason().orElse(null), documents,
                    due == null ? null : due.toInstant(), clock.instant()));
        } catch (OutsourcingRequestRefusedException refused) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", Status.STATUS_CONFLICT);
            body.put("message", refused.getMessage());
            body.put("reasons", refused.reasons());
            JsonExchange.write(res, Status.STATUS_CONFLICT, body);
            return;
        }
        WorkflowDefinition definition = workflowService.getDefinitionByName(ImmwfModel.OUTSOURCING_DEFINITION);
        if (definition == null) {
            throw new IllegalStateException(ImmwfModel.OUTSOURCING_DEFINITION + " is not deployed");
        }
        NodeRef workflowPackage = workflowService.createPackage(null);
        for (DocumentRef doc : documents) {
            NodeRef node = new NodeRef(doc.id());
            nodeService.addChild(workflowPackage, node, WorkflowModel.ASSOC_PACKAGE_CONTAINS,
                    nodeService.getPrimaryParent(node).getQName());
        }
        Map<QName, Serializable> params = new HashMap<>();
        params.put(WorkflowModel.ASSOC_PACKAGE, workflowPackage);
        params.put(WorkflowModel.PROP_WORKFLOW_PRIORITY, request.priority());
        request.description().ifPresent(d -> params.put(WorkflowModel.PROP_WORKFLOW_DESCRIPTION, d));
        if (due != null) {
            params.put(WorkflowModel.PROP_WORKFLOW_DUE_DATE, due);
        }
        params.put(ImmwfModel.PROP_VENDOR_ID, request.vendorId());
        params.put(ImmwfModel.PROP_TASK_KIND, request.taskKind().name());
        params.put(ImmwfModel.PROP_CASE_ID, request.caseId());
        request.piiReason().ifPresent(r -> params.put(ImmwfModel.PROP_PII_REASON, r));
        request.reminderLeadHours().ifPresent(h -> params.put(ImmwfModel.PROP_REMINDER_LEAD_HOURS, h));
        WorkflowPath path = workflowService.startWorkflow(definition.getId(), params);
        // Alfresco leaves the start task open until it is ended, as its own start API does
        for (WorkflowTask task : workflowService.getTasksForWorkflowPath(path.getId())) {
            workflowService.endTask(task.getId(), null);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("workflowInstanceId", path.getInstance().getId());
        answer.put("case", request.caseId());
        answer.put("vendor", request.vendorId());
        answer.put("taskKind", request.taskKind());
        answer.put("documents", documents.size());
        JsonExchange.write(res, Status.STATUS_CREATED, answer);
    }

    /** Reads each document with the caller's permissions and checks it lies in the case folder. */
    private List<DocumentRef> documents(StartOutsourcingRequest request) {
        NodeRef caseNode = new NodeRef(request.caseId());
        List<DocumentRef> refs = new ArrayList<>();
        for (int i = 0; i < request.documents().size(); i++) {
            String id = request.documents().get(i);
            NodeRef node = new NodeRef(id);
            String argument = "documents[" + i + "]";
            if (!nodeService.exists(node) || !inside(node, caseNode)) {
                throw new InvalidArgumentException(argument, "The argument '" + argument + "' names " + id
                        + ", which is not a document of case " + request.caseId() + " that you can read.");
            }
            refs.add(caseDocuments.document(node));
        }
        return refs;
    }

    private boolean inside(NodeRef node, NodeRef caseNode) {
        ChildAssociationRef parent = nodeService.getPrimaryParent(node);
        while (parent != null && parent.getParentRef() != null) {
            if (parent.getParentRef().equals(caseNode)) {
                return true;
            }
            parent = nodeService.getPrimaryParent(parent.getParentRef());
        }
        return false;
    }
}
