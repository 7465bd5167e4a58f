package org.lpodesk.alfresco.model;

import org.alfresco.service.namespace.QName;

/**
 * QNames of the {@code imm} content model (model/immigration-model.xml) that the adapters use;
 * a default-build test checks every constant against the model file.
 */
public interface ImmModel {

    String URI = "http://www.lpodesk.org/model/immigration/1.0";
    String PREFIX = "imm";

    // types
    QName TYPE_CLIENT = QName.createQName(URI, "client");
    QName TYPE_CASE = QName.createQName(URI, "case");
    QName TYPE_DOCUMENT = QName.createQName(URI, "document");
    QName TYPE_USCIS_NOTICE = QName.createQName(URI, "uscisNotice");
    QName TYPE_IDENTITY_DOCUMENT = QName.createQName(URI, "identityDocument");
    QName TYPE_EVIDENCE = QName.createQName(URI, "evidence");
    QName TYPE_SUPPORT_LETTER = QName.createQName(URI, "supportLetter");
    QName TYPE_PETITION_DRAFT = QName.createQName(URI, "petitionDraft");
    QName TYPE_COVER_LETTER = QName.createQName(URI, "coverLetter");
    QName PROP_IDENTITY_EXPIRES_ON = QName.createQName(URI, "identityExpiresOn");

    // imm:client
    QName PROP_CLIENT_NAME = QName.createQName(URI, "clientName");
    QName PROP_CLIENT_KIND = QName.createQName(URI, "clientKind");
    QName PROP_CLIENT_EMAIL = QName.createQName(URI, "clientEmail");

    // imm:case
    QName PROP_CASE_NUMBER = QName.createQName(URI, "caseNumber");
    QName PROP_CASE_TYPE = QName.createQName(URI, "caseType");
    QName PROP_CASE_STATUS = QName.createQName(URI, "caseStatus");
    QName PROP_BENEFICIARY_NAME = QName.createQName(URI, "beneficiaryName");
    QName PROP_PETITIONER_NAME = QName.createQName(URI, "petitionerName");
    QName PROP_PETITIONER_KIND = QName.createQName(URI, "petitionerKind");
    QName PROP_RECEIPT_NUMBER = QName.createQName(URI, "receiptNumber");
    QName PROP_CASE_DEADLINE = QName.createQName(URI, "caseDeadline");
    QName PROP_CASE_DEADLINE_RULE = QName.createQName(URI, "caseDeadlineRule");
    QName PROP_RESPONSIBLE_ATTORNEY = QName.createQName(URI, "responsibleAttorney");
    QName PROP_OPENED_ON = QName.createQName(URI, "openedOn");
    QName PROP_A_NUMBER = QName.createQName(URI, "aNumber");
    QName PROP_PRIORITY_DATE = QName.createQName(URI, "priorityDate");
    QName PROP_CLOSED_ON = QName.createQName(URI, "closedOn");

    // imm:uscisNotice
    QName PROP_NOTICE_KIND = QName.createQName(URI, "noticeKind");
    QName PROP_NOTICE_DATE = QName.createQName(URI, "noticeDate");
    QName PROP_SERVICE_METHOD = QName.createQName(URI, "serviceMethod");
    QName PROP_NOTICE_RECEIPT_NUMBER = QName.createQName(URI, "noticeReceiptNumber");
    QName PROP_STATED_DUE_DATE = QName.createQName(URI, "statedDueDate");
    QName PROP_RESPONSE_DEADLINE = QName.createQName(URI, "responseDeadline");
    QName PROP_RESPONSE_DEADLINE_RULE = QName.createQName(URI, "responseDeadlineRule");
    QName PROP_RESPONSE_DEADLINE_FLAGGED = QName.createQName(URI, "responseDeadlineFlagged");
    QName PROP_NOTICE_ANSWERED = QName.createQName(URI, "noticeAnswered");

    // imm:rfeResponse
    QName TYPE_RFE_RESPONSE = QName.createQName(URI, "rfeResponse");
    QName ASSOC_RESPONDS_TO = QName.createQName(URI, "respondsTo");

    // imm:outsourcingConsent
    QName ASPECT_OUTSOURCING_CONSENT = QName.createQName(URI, "outsourcingConsent");
    QName PROP_CONSENT_RECORDED_BY = QName.createQName(URI, "consentRecordedBy");
    QName PROP_CONSENT_RECORDED_ON = QName.createQName(URI, "consentRecordedOn");
    QName PROP_CONSENT_SCOPE = QName.createQName(URI, "consentScope");
    QName PROP_CONSENT_COVERS_AI = QName.createQName(URI, "consentCoversAi");
    QName PROP_CONSENT_REFERENCE = QName.createQName(URI, "consentReference");

    // imm:confidentiality
    QName ASPECT_CONFIDENTIALITY = QName.createQName(URI, "confidentiality");
    QName PROP_CONFIDENTIALITY_LEVEL = QName.createQName(URI, "confidentialityLevel");

    // imm:attorneyApproval
    QName ASPECT_ATTORNEY_APPROVAL = QName.createQName(URI, "attorneyApproval");
    QName PROP_APPROVER = QName.createQName(URI, "approver");
    QName PROP_APPROVED_ON = QName.createQName(URI, "approvedOn");
    QName PROP_APPROVAL_OUTCOME = QName.createQName(URI, "approvalOutcome");
    QName PROP_APPROVAL_COMMENT = QName.createQName(URI, "approvalComment");
    QName PROP_APPROVED_VERSION_LABEL = QName.createQName(URI, "approvedVersionLabel");

    // imm:lpoShare
    QName ASPECT_LPO_SHARE = QName.createQName(URI, "lpoShare");
    QName PROP_SHARED_WITH_VENDOR = QName.createQName(URI, "sharedWithVendor");
    QName PROP_SHARED_FOR_TASK = QName.createQName(URI, "sharedForTask");
    QName PROP_SHARED_ON = QName.createQName(URI, "sharedOn");
    QName PROP_SHARED_FROM = QName.createQName(URI, "sharedFrom");
    QName PROP_SHARED_CONTENT = QName.createQName(URI, "sharedContent");
    QName PROP_SHARED_TASK_KIND = QName.createQName(URI, "sharedTaskKind");
    QName PROP_SHARE_ENDED_ON = QName.createQName(URI, "shareEndedOn");

    // imm:filing, imm:sent
    QName ASPECT_FILING = QName.createQName(URI, "filing");
    QName PROP_FILED_ON = QName.createQName(URI, "filedOn");
    QName PROP_FILED_BY = QName.createQName(URI, "filedBy");
    QName ASPECT_SENT = QName.createQName(URI, "sent");
    QName PROP_SENT_ON = QName.createQName(URI, "sentOn");
    QName PROP_SENT_BY = QName.createQName(URI, "sentBy");

    // evidence checklists: the case's computed completeness, the tags on its documents, waivers
    QName PROP_EVIDENCE_CHECKLIST = QName.createQName(URI, "evidenceChecklist");
    QName PROP_EVIDENCE_READY = QName.createQName(URI, "evidenceReady");
    QName PROP_EVIDENCE_REQUIRED = QName.createQName(URI, "evidenceRequired");
    QName PROP_EVIDENCE_MISSING = QName.createQName(URI, "evidenceMissing");
    QName PROP_EVIDENCE_CRITERIA_MET = QName.createQName(URI, "evidenceCriteriaMet");
    QName PROP_EVIDENCE_MISSING_ITEMS = QName.createQName(URI, "evidenceMissingItems");
    QName PROP_EVIDENCE_SUMMARY = QName.createQName(URI, "evidenceSummary");
    QName PROP_FINAL_MERITS_NOTE = QName.createQName(URI, "finalMeritsNote");
    QName ASSOC_EVIDENCE_WAIVERS = QName.createQName(URI, "evidenceWaivers");
    QName TYPE_EVIDENCE_WAIVER = QName.createQName(URI, "evidenceWaiver");
    QName PROP_WAIVED_ITEM = QName.createQName(URI, "waivedItem");
    QName PROP_WAIVER_REASON = QName.createQName(URI, "waiverReason");
    QName PROP_WAIVED_BY = QName.createQName(URI, "waivedBy");
    QName PROP_WAIVED_ON = QName.createQName(URI, "waivedOn");
    /** Holds a case's waiver records (imm:evidenceWaivers); mandatory on new cases, added to older ones on their first waiver. */
    QName ASPECT_EVIDENCE_RECORDS = QName.createQName(URI, "evidenceRecords");
    QName ASPECT_EVIDENCE_TAGS = QName.createQName(URI, "evidenceTags");
    QName PROP_CHECKLIST_ITEMS = QName.createQName(URI, "checklistItems");
    QName PROP_DATA_CATEGORY = QName.createQName(URI, "dataCategory");
    QName ASPECT_RESIDENCE = QName.createQName(URI, "residence");
    QName PROP_COUNTRY_OF_RESIDENCE = QName.createQName(URI, "countryOfResidence");
    QName PROP_FOREIGN_LANGUAGE = QName.createQName(URI, "foreignLanguage");
    QName ASSOC_CERTIFIED_TRANSLATION = QName.createQName(URI, "certifiedTranslation");

    // RFE issues: what a Request for Evidence names, answered by exhibits; an attorney's partial response
    QName TYPE_RFE_ISSUE = QName.createQName(URI, "rfeIssue");
    QName ASSOC_RFE_ISSUES = QName.createQName(URI, "rfeIssues");
    QName ASSOC_ISSUE_EXHIBITS = QName.createQName(URI, "issueExhibits");
    QName PROP_ISSUE_NUMBER = QName.createQName(URI, "issueNumber");
    QName PROP_ISSUE_REQUIREMENT = QName.createQName(URI, "issueRequirement");
    QName PROP_ISSUE_MISSING_EVIDENCE = QName.createQName(URI, "issueMissingEvidence");
    QName PROP_ISSUE_EXAMPLES = QName.createQName(URI, "issueExamples");
    QName PROP_PARTIAL_RESPONSE = QName.createQName(URI, "partialResponse");
    QName PROP_PARTIAL_RESPONSE_REASON = QName.createQName(URI, "partialResponseReason");
    QName PROP_PARTIAL_RESPONSE_BY = QName.createQName(URI, "partialResponseBy");

    // PERM tracker (imm:permCase on a case, imm:recruitmentStep records under it)
    QName ASPECT_PERM_CASE = QName.createQName(URI, "permCase");
    QName PROP_PWD_DETERMINED_ON = QName.createQName(URI, "pwdDeterminedOn");
    QName PROP_PWD_VALID_UNTIL = QName.createQName(URI, "pwdValidUntil");
    QName PROP_PWD_WAGE = QName.createQName(URI, "pwdWage");
    QName PROP_PWD_WAGE_UNIT = QName.createQName(URI, "pwdWageUnit");
    QName PROP_PWD_WAGE_LEVEL = QName.createQName(URI, "pwdWageLevel");
    QName PROP_PWD_CASE_NUMBER = QName.createQName(URI, "pwdCaseNumber");
    QName PROP_ETA9089_FILED_ON = QName.createQName(URI, "eta9089FiledOn");
    QName PROP_FLAG_CASE_NUMBER = QName.createQName(URI, "flagCaseNumber");
    QName PROP_AUDIT_LETTER_ON = QName.createQName(URI, "auditLetterOn");
    QName PROP_AUDIT_RESPONSE_ON = QName.createQName(URI, "auditResponseOn");
    QName PROP_LABOR_CERTIFIED_ON = QName.createQName(URI, "laborCertifiedOn");
    QName PROP_I140_FILED_ON = QName.createQName(URI, "i140FiledOn");
    QName PROP_PERM_EARLIEST_FILING = QName.createQName(URI, "permEarliestFiling");
    QName PROP_PERM_LATEST_FILING = QName.createQName(URI, "permLatestFiling");
    QName PROP_PERM_VIOLATION_COUNT = QName.createQName(URI, "permViolationCount");
    QName PROP_PERM_VIOLATIONS = QName.createQName(URI, "permViolations");
    QName PROP_PERM_NEXT_CLOCK = QName.createQName(URI, "permNextClock");
    QName PROP_PERM_NEXT_CLOCK_LABEL = QName.createQName(URI, "permNextClockLabel");
    QName PROP_PERM_REMINDERS_SENT = QName.createQName(URI, "permRemindersSent");
    QName ASSOC_RECRUITMENT_STEPS = QName.createQName(URI, "recruitmentSteps");
    QName TYPE_RECRUITMENT_STEP = QName.createQName(URI, "recruitmentStep");
    QName PROP_STEP_KIND = QName.createQName(URI, "stepKind");
    QName PROP_STEP_START = QName.createQName(URI, "stepStart");
    QName PROP_STEP_END = QName.createQName(URI, "stepEnd");
    QName PROP_STEP_WHERE = QName.createQName(URI, "stepWhere");
    QName PROP_STEP_CASE_NUMBER = QName.createQName(URI, "stepCaseNumber");
    QName ASSOC_STEP_EVIDENCE = QName.createQName(URI, "stepEvidence");

    // USCIS case status
    QName ASPECT_USCIS_STATUS = QName.createQName(URI, "uscisStatus");
    QName PROP_USCIS_LAST_STATUS = QName.createQName(URI, "uscisLastStatus");
    QName PROP_USCIS_LAST_STATUS_AT = QName.createQName(URI, "uscisLastStatusAt");
    QName PROP_USCIS_LAST_RECEIPT = QName.createQName(URI, "uscisLastReceipt");
    QName PROP_USCIS_SUGGESTED_STATUS = QName.createQName(URI, "uscisSuggestedStatus");
    QName ASSOC_STATUS_CHECKS = QName.createQName(URI, "statusChecks");
    QName TYPE_STATUS_CHECK = QName.createQName(URI, "statusCheck");
    QName PROP_CHECK_RECEIPT_NUMBER = QName.createQName(URI, "checkReceiptNumber");
    QName PROP_CHECKED_AT = QName.createQName(URI, "checkedAt");
    QName PROP_CHECKED_BY = QName.createQName(URI, "checkedBy");
    QName PROP_CHECK_SOURCE = QName.createQName(URI, "checkSource");
    QName PROP_CHECK_FORM_TYPE = QName.createQName(URI, "checkFormType");
    QName PROP_USCIS_STATUS_TEXT = QName.createQName(URI, "uscisStatusText");
    QName PROP_USCIS_STATUS_DESCRIPTION = QName.createQName(URI, "uscisStatusDescription");
    QName PROP_USCIS_MODIFIED = QName.createQName(URI, "uscisModified");
    QName PROP_CHECK_FAILURE = QName.createQName(URI, "checkFailure");
    QName PROP_STATUS_CHANGED = QName.createQName(URI, "statusChanged");
    QName PROP_CHECK_CASE_NUMBER = QName.createQName(URI, "checkCaseNumber");
    QName ASSOC_CHECK_SCREENSHOT = QName.createQName(URI, "checkScreenshot");

    // e-mail correspondence (org.lpodesk.correspondence)
    QName TYPE_CLIENT_CORRESPONDENCE = QName.createQName(URI, "clientCorrespondence");
    QName PROP_CORRESPONDENT = QName.createQName(URI, "correspondent");
    QName PROP_CORRESPONDENCE_SENT_ON = QName.createQName(URI, "correspondenceSentOn");
    QName PROP_CLIENT_OTHER_EMAILS = QName.createQName(URI, "clientOtherEmails");
    QName ASPECT_MAIL_MESSAGE = QName.createQName(URI, "mailMessage");
    QName PROP_MAIL_DIRECTION = QName.createQName(URI, "mailDirection");
    QName PROP_MAIL_MESSAGE_ID = QName.createQName(URI, "mailMessageId");
    QName PROP_MAIL_IN_REPLY_TO = QName.createQName(URI, "mailInReplyTo");
    QName PROP_MAIL_REFERENCES = QName.createQName(URI, "mailReferences");
    QName PROP_MAIL_THREAD = QName.createQName(URI, "mailThread");
    QName PROP_MAIL_FROM = QName.createQName(URI, "mailFrom");
    QName PROP_MAIL_TO = QName.createQName(URI, "mailTo");
    QName PROP_MAIL_CC = QName.createQName(URI, "mailCc");
    QName PROP_MAIL_SUBJECT = QName.createQName(URI, "mailSubject");
    QName PROP_MAIL_WARNINGS = QName.createQName(URI, "mailWarnings");
    QName PROP_MAIL_EXECUTABLE_ATTACHMENTS = QName.createQName(URI, "mailExecutableAttachments");
    QName ASPECT_MAIL_QUARANTINE = QName.createQName(URI, "mailQuarantine");
    QName PROP_QUARANTINE_REASON = QName.createQName(URI, "quarantineReason");
    QName PROP_QUARANTINED_ON = QName.createQName(URI, "quarantinedOn");
    QName ASPECT_MAIL_ATTACHMENT = QName.createQName(URI, "mailAttachment");
    QName PROP_EXECUTABLE_ATTACHMENT = QName.createQName(URI, "executableAttachment");
    QName ASPECT_REPLY = QName.createQName(URI, "reply");
    QName PROP_REPLY_STATE = QName.createQName(URI, "replyState");
    QName PROP_REPLY_RECIPIENTS = QName.createQName(URI, "replyRecipients");
    QName PROP_REPLY_COPIES = QName.createQName(URI, "replyCopies");
    QName PROP_SEND_ATTEMPTS = QName.createQName(URI, "sendAttempts");
    QName PROP_NEXT_ATTEMPT_AT = QName.createQName(URI, "nextAttemptAt");
    QName PROP_LAST_SEND_ERROR = QName.createQName(URI, "lastSendError");
    QName PROP_SENT_TO = QName.createQName(URI, "sentTo");
    QName PROP_SENT_MESSAGE_ID = QName.createQName(URI, "sentMessageId");
    QName PROP_SENT_VERSION = QName.createQName(URI, "sentVersion");
    QName PROP_ANSWERED_MESSAGE = QName.createQName(URI, "answeredMessage");
    QName PROP_QUEUED_BY = QName.createQName(URI, "queuedBy");
}
