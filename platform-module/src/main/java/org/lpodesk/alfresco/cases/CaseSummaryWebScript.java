package org.lpodesk.alfresco.cases;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowInstanceQuery;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.deadline.CaseObligations;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ImmwfModel;
import org.lpodesk.alfresco.review.ApprovalAspect;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.cases.summary.CaseSummary;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.deadline.CaseDeadlineRollup.Obligation;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/cases/summary?case=<nodeRef>}: gathers the case's facts with the caller's
 * permissions (a case the caller cannot read is a 404) and lets core's {@link CaseSummary} shape
 * them: parties, status, the case deadline and every notice's deadline (open or answered), open
 * outsourced tasks, and each work-product document's approval judged against its current version.
 * Everything is read from the database (the case folder walked, the workflow tables queried): no
 * search index is needed and a change shows as soon as it is committed.
 */
public final class CaseSummaryWebScript extends AbstractWebScript {

    private final NodeService nodeService;
    private final CaseTree caseTree;
    private final CaseObligations obligations;
    private final FirmCalendar firmCalendar;
    private final WorkflowService workflowService;
    private final CaseSummary summary;
    private final ZoneId firmZone;

    public CaseSummaryWebScript(NodeService nodeService, DictionaryService dictionaryService,
                                WorkflowService workflowService, CaseSummary summary, String firmZone) {
        this.nodeService = nodeService;
        this.caseTree = new CaseTree(nodeService, dictionaryService);
        this.firmCalendar = new FirmCalendar(firmZone);
        this.obligations = new CaseObligations(nodeService, caseTree, firmCalendar);
        this.workflowService = workflowService;
        this.summary = summary;
        this.firmZone = ZoneId.of(firmZone);
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        NodeRef caseNode;
        try {
            caseNode = new NodeRef(JsonExchange.arguments(req).requiredNodeRef("case"));
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        if (!nodeService.exists(caseNode) || !ImmModel.TYPE_CASE.equals(nodeService.getType(caseNode))) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND,
                    new IllegalArgumentException("No case " + caseNode + " that you can read."));
            return;
        }
        Map<QName, Serializable> p = nodeService.getProperties(caseNode);
        CaseSummary.CaseFacts facts = new CaseSummary.CaseFacts(caseNode.toString(), text(p, ImmModel.PROP_CASE_NUMBER),
                text(p, ImmModel.PROP_CASE_TYPE), text(p, ImmModel.PROP_CASE_STATUS),
                text(p, ImmModel.PROP_BENEFICIARY_NAME), text(p, ImmModel.PROP_PETITIONER_NAME),
                text(p, ImmModel.PROP_RECEIPT_NUMBER), text(p, ImmModel.PROP_RESPONSIBLE_ATTORNEY),
                date(p.get(ImmModel.PROP_OPENED_ON)));

        List<CaseSummary.DatedDeadline> deadlines = new ArrayList<>();
        date(p.get(ImmModel.PROP_CASE_DEADLINE)).ifPresent(d -> deadlines.add(
                new CaseSummary.DatedDeadline(d, "CASE_DEADLINE", text(p, ImmModel.PROP_CASE_DEADLINE_RULE))));
        for (Obligation o : obligations.of(caseNode)) {
            deadlines.add(new CaseSummary.DatedDeadline(o.due(), o.label(), o.statement(), o.answered()));
        }

        List<CaseSummary.WorkProduct> documents = new ArrayList<>();
        for (NodeRef doc : caseTree.descendantsWithAspect(caseNode, ImmModel.ASPECT_ATTORNEY_APPROVAL)) {
            Map<QName, Serializable> d = nodeService.getProperties(doc);
            documents.add(new CaseSummary.WorkProduct(doc.toString(), text(d, ContentModel.PROP_NAME),
                    text(d, ContentModel.PROP_VERSION_LABEL).isEmpty() ? "-" : text(d, ContentModel.PROP_VERSION_LABEL),
                    ApprovalAspect.fromProperties(d)));
        }

        JsonExchange.write(res, Status.STATUS_OK, summary.toJson(facts, deadlines, openTasks(caseNode), documents,
                LocalDate.now(firmZone)));
    }

    private List<CaseSummary.OpenTask> openTasks(NodeRef caseNode) {
        List<CaseSummary.OpenTask> tasks = new ArrayList<>();
        WorkflowDefinition definition = workflowService.getDefinitionByName(ImmwfModel.OUTSOURCING_DEFINITION);
        if (definition == null) {
            return tasks;
        }
        WorkflowInstanceQuery query = new WorkflowInstanceQuery();
        query.setActive(true);
        query.setWorkflowDefinitionId(definition.getId());
        query.setCustomProps(Map.of(ImmwfModel.PROP_CASE_ID, caseNode.toString()));
        for (WorkflowInstance instance : workflowService.getWorkflows(query)) {
            WorkflowTask start = workflowService.getStartTask(instance.getId());
            Map<QName, Serializable> props = start == null ? Map.of() : start.getProperties();
            tasks.add(new CaseSummary.OpenTask(instance.getId(), text(props, ImmwfModel.PROP_VENDOR_ID),
                    text(props, ImmwfModel.PROP_TASK_KIND),
                    Optional.ofNullable(instance.getDueDate()).map(Date::toInstant),
                    instance.getStartDate().toInstant()));
        }
        return tasks;
    }

    private Optional<LocalDate> date(Serializable value) {
        return value instanceof Date d ? Optional.of(firmCalendar.dayOf(d)) : Optional.empty();
    }

    private static String text(Map<QName, Serializable> props, QName name) {
        Serializable v = props.get(name);
        return v == null ? "" : v.toString();
    }
}
