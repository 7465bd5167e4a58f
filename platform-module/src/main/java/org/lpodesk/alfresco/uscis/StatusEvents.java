package org.lpodesk.alfresco.uscis;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ImmwfModel;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.uscis.StatusCheck;
import org.lpodesk.uscis.StatusMeaning;
import org.lpodesk.uscis.StatusSource;
import org.lpodesk.uscis.UscisMessages;

/**
 * What a change of USCIS status does to the case, in the transaction that records it (so it
 * happens once, with the check, or not at all): a request for evidence or a notice of intent seen
 * on USCIS's status (not on a notice already filed) starts {@code immObtainNotice} for the firm's
 * paralegals; an approval, a denial or an RFE suggests the case's next status when the case status
 * rules allow that move (the paralegal confirms by moving it); the responsible attorney and the
 * paralegals get one mail, sent after the commit.
 */
public final class StatusEvents {

    private final NodeService nodeService;
    private final WorkflowService workflowService;
    private final ActionService actionService;
    private final StatusRecords records;
    private final FirmCalendar firmCalendar;
    private final Clock clock;
    private final int obtainNoticeDueDays;

    /**
     * @param nodeService         the internal node service
     * @param obtainNoticeDueDays days from the firm's today the obtain-notice task is due
     */
    public StatusEvents(NodeService nodeService, WorkflowService workflowService, ActionService actionService,
                        StatusRecords records, FirmCalendar firmCalendar, Clock clock, int obtainNoticeDueDays) {
        this.nodeService = nodeService;
        this.workflowService = workflowService;
        this.actionService = actionService;
        this.records = records;
        this.firmCalendar = firmCalendar;
        this.clock = clock;
        this.obtainNoticeDueDays = obtainNoticeDueDays;
    }

    /** A check that changed the status of its receipt number from {@code previous}. */
    public void changed(NodeRef caseNode, Optional<StatusCheck> previous, StatusCheck now) {
        StatusMeaning meaning = StatusMeaning.of(now.statusText());
        if (meaning.obtainNotice() && now.source() != StatusSource.NOTICE) {
            startObtainNotice(caseNode, now);
        }
        records.suggest(caseNode, meaning.suggests().filter(s -> allowedFrom(caseNode, s)).map(CaseStatus::name));
        // the first status ever seen is news only when it calls for something; later, every change is
        if (previous.isPresent() || meaning != StatusMeaning.OTHER) {
            notifyFirm(caseNode, previous, now);
        }
    }

    private boolean allowedFrom(NodeRef caseNode, CaseStatus suggested) {
        Serializable current = nodeService.getProperty(caseNode, ImmModel.PROP_CASE_STATUS);
        try {
            return current != null && CaseStatus.fromModelValue(current.toString()).canMoveTo(suggested);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private void startObtainNotice(NodeRef caseNode, StatusCheck now) {
        WorkflowDefinition definition = workflowService.getDefinitionByName(ImmwfModel.OBTAIN_NOTICE_DEFINITION);
        if (definition == null) {
            throw new IllegalStateException(ImmwfModel.OBTAIN_NOTICE_DEFINITION + " is not deployed");
        }
        NodeRef workflowPackage = workflowService.createPackage(null);
        nodeService.addChild(workflowPackage, caseNode, WorkflowModel.ASSOC_PACKAGE_CONTAINS,
                nodeService.getPrimaryParent(caseNode).getQName());
        LocalDate due = firmCalendar.today(clock).plusDays(obtainNoticeDueDays);
        String caseNumber = text(nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER));
        Map<QName, Serializable> params = new HashMap<>();
        params.put(WorkflowModel.ASSOC_PACKAGE, workflowPackage);
        params.put(WorkflowModel.PROP_WORKFLOW_DESCRIPTION, UscisMessages.format("event.obtainNotice.description",
                now.statusText(), now.receiptNumber(), caseNumber));
        params.put(WorkflowModel.PROP_WORKFLOW_DUE_DATE, Date.from(due.atStartOfDay(firmCalendar.zone()).toInstant()));
        params.put(WorkflowModel.PROP_WORKFLOW_PRIORITY, 1);
        params.put(ImmwfModel.PROP_CASE_NUMBER, caseNumber);
        params.put(ImmwfModel.PROP_CASE_TYPE, nodeService.getProperty(caseNode, ImmModel.PROP_CASE_TYPE));
        params.put(ImmwfModel.PROP_BENEFICIARY_NAME, nodeService.getProperty(caseNode, ImmModel.PROP_BENEFICIARY_NAME));
        params.put(ImmwfModel.PROP_STATUS_RECEIPT_NUMBER, now.receiptNumber().value());
        params.put(ImmwfModel.PROP_STATUS_TEXT, now.statusText());
        WorkflowPath path = workflowService.startWorkflow(definition.getId(), params);
        // Alfresco leaves the start task open until it is ended, as its own start API does
        for (WorkflowTask task : workflowService.getTasksForWorkflowPath(path.getId())) {
            workflowService.endTask(task.getId(), null);
        }
    }

    private void notifyFirm(NodeRef caseNode, Optional<StatusCheck> previous, StatusCheck now) {
        List<String> recipients = new ArrayList<>();
        Serializable attorney = nodeService.getProperty(caseNode, ImmModel.PROP_RESPONSIBLE_ATTORNEY);
        if (attorney != null && !attorney.toString().isBlank()) {
            recipients.add(attorney.toString());
        }
        recipients.add(FirmGroup.PARALEGALS.authority());
        String caseNumber = text(nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER));
        String beneficiary = text(nodeService.getProperty(caseNode, ImmModel.PROP_BENEFICIARY_NAME));
        Action mail = actionService.createAction(MailActionExecuter.NAME);
        mail.setParameterValue(MailActionExecuter.PARAM_TO_MANY, new ArrayList<>(recipients));
        mail.setParameterValue(MailActionExecuter.PARAM_SUBJECT, UscisMessages.format("event.mail.subject", caseNumber,
                beneficiary, now.statusText()));
        mail.setParameterValue(MailActionExecuter.PARAM_TEXT, UscisMessages.format("event.mail.text", caseNumber,
                now.receiptNumber(), previous.map(StatusCheck::statusText).orElse(UscisMessages.format("event.mail.none")),
                now.statusText(), now.statusDescription(), sourceLabel(now.source()), now.checkedBy()));
        // after the commit: a rolled-back check sends nothing
        actionService.executeAction(mail, null, false, true);
    }

    private static String sourceLabel(StatusSource source) {
        return UscisMessages.format("source." + source.name());
    }

    private static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
