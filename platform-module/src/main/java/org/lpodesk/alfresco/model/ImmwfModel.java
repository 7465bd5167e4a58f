package org.lpodesk.alfresco.model;

import org.alfresco.service.namespace.QName;
import org.lpodesk.review.workflow.WorkflowModel;

/**
 * QNames of the {@code immwf} workflow model (model/workflow-model.xml) that the adapters set
 * when they start a process; the variable names the engine sees are core's {@link WorkflowModel}.
 */
public interface ImmwfModel {

    String URI = WorkflowModel.NAMESPACE;

    QName PROP_VENDOR_ID = QName.createQName(URI, "vendorId");
    QName PROP_TASK_KIND = QName.createQName(URI, "taskKind");
    QName PROP_CASE_ID = QName.createQName(URI, "caseId");
    QName PROP_PII_REASON = QName.createQName(URI, "piiReason");
    QName PROP_REMINDER_LEAD_HOURS = QName.createQName(URI, "reminderLeadHours");
    QName PROP_CASE_NUMBER = QName.createQName(URI, "caseNumber");
    QName PROP_CASE_TYPE = QName.createQName(URI, "caseType");
    QName PROP_BENEFICIARY_NAME = QName.createQName(URI, "beneficiaryName");
    QName PROP_STATUS_RECEIPT_NUMBER = QName.createQName(URI, "statusReceiptNumber");
    QName PROP_STATUS_TEXT = QName.createQName(URI, "statusText");

    /** Alfresco's name of the outsourcing process definition. */
    String OUTSOURCING_DEFINITION = "activiti$" + WorkflowModel.OUTSOURCING_PROCESS;

    /** Alfresco's name of the obtain-notice process definition. */
    String OBTAIN_NOTICE_DEFINITION = "activiti$" + WorkflowModel.OBTAIN_NOTICE_PROCESS;
}
