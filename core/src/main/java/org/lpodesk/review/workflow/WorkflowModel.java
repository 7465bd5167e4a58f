package org.lpodesk.review.workflow;

import java.util.List;
import java.util.Map;

/**
 * Names of the {@code immwf} workflow model (platform-module's model/workflow-model.xml) as the
 * engine sees them: Alfresco stores a task or start-task property {@code immwf:xyz} as the
 * variable {@code immwf_xyz}. Process variables the delegates set themselves are listed here
 * too, so that the processes, the listeners and the Alfresco adapters agree on one spelling. A
 * test checks the outcome lists against the model's LIST constraints and the BPMN gateways.
 */
public final class WorkflowModel {

    public static final String NAMESPACE = "http://www.lpodesk.org/model/workflow/1.0";
    public static final String PREFIX = "immwf";

    public static final String OUTSOURCING_PROCESS = "immOutsourcing";
    public static final String ATTORNEY_REVIEW_PROCESS = "immAttorneyReview";
    /** Started by the repository when USCIS's case status says a notice was sent. */
    public static final String OBTAIN_NOTICE_PROCESS = "immObtainNotice";
    /** Firm paralegals, who claim the obtain-notice task (the process names the group literally). */
    public static final String PARALEGALS_GROUP = "GROUP_IMM_PARALEGALS";

    /** The message that cancels an outsourcing process from any open step. */
    public static final String CANCEL_MESSAGE = "immwfCancelRequest";

    // Alfresco's own variables (bpm model and the engine's initiator)
    public static final String VAR_PACKAGE = "bpm_package";
    public static final String VAR_INITIATOR = "initiator";
    public static final String VAR_ASSIGNEE = "bpm_assignee";
    public static final String VAR_COMMENT = "bpm_comment";
    public static final String VAR_WORKFLOW_DUE_DATE = "bpm_workflowDueDate";
    public static final String VAR_WORKFLOW_PRIORITY = "bpm_workflowPriority";

    // immwf:outsourcingStartTask
    public static final String VAR_VENDOR_ID = "immwf_vendorId";
    public static final String VAR_TASK_KIND = "immwf_taskKind";
    public static final String VAR_CASE_ID = "immwf_caseId";
    public static final String VAR_PII_REASON = "immwf_piiReason";
    public static final String VAR_REMINDER_LEAD_HOURS = "immwf_reminderLeadHours";

    // immwf:assignmentDetails (drafting, LPO review, firm review): the assignment folder, for a link
    public static final String VAR_ASSIGNMENT_FOLDER = "immwf_assignmentFolder";
    /** The firm review's task id in immOutsourcing (it lists the vendor's drafts, not the folder). */
    public static final String FIRM_REVIEW_TASK = "firmReviewTask";

    // immwf:caseFacts (every outsourcing task): what the vendor may know of the case, and the work so far
    public static final String VAR_CASE_NUMBER = "immwf_caseNumber";
    public static final String VAR_CASE_TYPE = "immwf_caseType";
    public static final String VAR_BENEFICIARY_NAME = "immwf_beneficiaryName";
    public static final String VAR_CASE_DEADLINE = "immwf_caseDeadline";
    public static final String VAR_VENDOR_COMMENT = "immwf_vendorComment";
    public static final String VAR_LPO_REVIEW_COMMENT = "immwf_lpoReviewComment";
    public static final String VAR_HOURS_LOGGED_TOTAL = "immwf_hoursLoggedTotal";
    public static final String VAR_RFE_ISSUES = "immwf_rfeIssues";
    public static final String VAR_EVIDENCE_CHECKLIST = "immwf_evidenceChecklist";
    /** A case status check task: the case's receipt numbers, which the associate looks up on USCIS's page. */
    public static final String VAR_RECEIPT_NUMBERS = "immwf_receiptNumbers";

    // immwf:uscisStatusFacts (immObtainNotice)
    public static final String VAR_STATUS_RECEIPT_NUMBER = "immwf_statusReceiptNumber";
    public static final String VAR_STATUS_TEXT = "immwf_statusText";

    // immwf:intakeTask, immwf:draftingTask
    public static final String VAR_DRAFTING_ASSOCIATE = "immwf_draftingAssociate";
    public static final String VAR_DOCUMENTS_TO_SHARE = "immwf_documentsToShare";
    public static final String VAR_DECLINE_REASON = "immwf_declineReason";
    public static final String VAR_HOURS_LOGGED = "immwf_hoursLogged";
    /** Whether the vendor used generative AI in this drafting round (required, ABA Formal Op. 512). */
    public static final String VAR_DRAFT_AI_USED = "immwf_draftAiUsed";
    /** Which generative-AI tool, when one was used. */
    public static final String VAR_DRAFT_AI_TOOL = "immwf_draftAiTool";

    // immwf:caseFacts: the AI use of every drafting round so far, for the reviewers
    public static final String VAR_AI_USED = "immwf_aiUsed";
    public static final String VAR_AI_TOOLS = "immwf_aiTools";

    // immwf:firmReviewTask: the attorney's attestation that AI output was verified (citations and facts)
    public static final String VAR_AI_OUTPUT_VERIFIED = "immwf_aiOutputVerified";

    // Set by the delegates
    public static final String VAR_REQUESTER = "immwf_requester";
    public static final String VAR_DUE_DATE = "immwf_dueDate";
    public static final String VAR_REMINDER_DATE = "immwf_reminderDate";
    public static final String VAR_VENDOR_MANAGERS_GROUP = "immwf_vendorManagersGroup";
    public static final String VAR_VENDOR_REVIEWERS_GROUP = "immwf_vendorReviewersGroup";
    public static final String VAR_ASSOCIATE = "immwf_associate";
    public static final String VAR_REVISION_ROUND = "immwf_revisionRound";
    public static final String VAR_APPROVED_BY = "immwf_approvedBy";
    public static final String VAR_APPROVED_VERSIONS = "immwf_approvedVersions";
    public static final String VAR_DELIVERED_VERSIONS = "immwf_deliveredVersions";
    public static final String VAR_REMINDER_SENT = "immwf_reminderSent";
    public static final String VAR_ESCALATION_SENT = "immwf_escalationSent";
    public static final String VAR_CLOSED_AS = "immwf_closedAs";
    /** Bulk-data warnings of the accepted request, one per line, for the requester. */
    public static final String VAR_COMPLIANCE_WARNINGS = "immwf_complianceWarnings";

    // Outcome variables (bpm:outcomePropertyName of each decision task) and their values
    public static final String VAR_INTAKE_OUTCOME = "immwf_intakeOutcome";
    public static final String VAR_LPO_REVIEW_OUTCOME = "immwf_lpoReviewOutcome";
    public static final String VAR_FIRM_REVIEW_OUTCOME = "immwf_firmReviewOutcome";
    public static final String VAR_ATTORNEY_REVIEW_OUTCOME = "immwf_attorneyReviewOutcome";
    public static final String VAR_REVISION_OUTCOME = "immwf_revisionOutcome";

    public static final String ACCEPT = "Accept";
    public static final String DECLINE = "Decline";
    public static final String APPROVE = "Approve";
    public static final String RETURN = "Return";
    public static final String REQUEST_CHANGES = "RequestChanges";
    public static final String CANCEL = "Cancel";
    public static final String RESUBMIT = "Resubmit";
    public static final String WITHDRAW = "Withdraw";

    /** Closing states recorded in {@link #VAR_CLOSED_AS}; absent means the process was deleted. */
    public static final String CLOSED_DELIVERED = "Delivered";
    public static final String CLOSED_DECLINED = "Declined";
    public static final String CLOSED_CANCELLED = "Cancelled";

    /**
     * Decision task type (the user task's form key) → its outcome variable → the outcomes the
     * model allows, in the model's order.
     */
    public static final Map<String, Outcome> OUTCOMES = Map.of(
            "immwf:intakeTask", new Outcome(VAR_INTAKE_OUTCOME, List.of(ACCEPT, DECLINE)),
            "immwf:lpoReviewTask", new Outcome(VAR_LPO_REVIEW_OUTCOME, List.of(APPROVE, RETURN)),
            "immwf:firmReviewTask", new Outcome(VAR_FIRM_REVIEW_OUTCOME, List.of(APPROVE, REQUEST_CHANGES, CANCEL)),
            "immwf:attorneyReviewTask", new Outcome(VAR_ATTORNEY_REVIEW_OUTCOME, List.of(APPROVE, REQUEST_CHANGES)),
            "immwf:revisionTask", new Outcome(VAR_REVISION_OUTCOME, List.of(RESUBMIT, WITHDRAW)));

    /** The outcome property of one decision task type. */
    public record Outcome(String variable, List<String> allowedValues) {
        public Outcome {
            allowedValues = List.copyOf(allowedValues);
        }
    }

    private WorkflowModel() {
    }
}
