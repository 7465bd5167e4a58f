package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_DEADLINE;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_ID;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_NUMBER;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_EVIDENCE_CHECKLIST;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_RECEIPT_NUMBERS;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_RFE_ISSUES;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_TASK_KIND;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.evidence.completeness.CaseChecklistPort;
import org.lpodesk.evidence.rfe.RfeResponsePort;
import org.lpodesk.evidence.rfe.RfeResponseReadiness;
import org.lpodesk.outsourcing.TaskKind;

/**
 * Create listener of every outsourcing task: records on the process the case number and the case
 * deadline the work is done under, which the reports keep (on time against the deadline as it
 * stood, the case as it was named); read again for each task so that a deadline moved by a notice
 * shows. The case's type and beneficiary are not copied: a task form reads them from the case
 * when it opens ({@link TaskFormFacts}), so they are never stale and cost the engine nothing. An RFE response
 * task also carries the RFE's issues, each with what is missing and the exhibits that answer it
 * so far: the associate drafts against them without opening the firm's notice. A document
 * collection task carries the case's evidence checklist, missing items first, with the item ids
 * the associate tags uploads with; it names no firm document. A case status check task carries the
 * case's receipt numbers, which the associate looks up on USCIS's page and records from the task.
 */
public final class CaseFactsListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient CasePort cases;
    private final transient SharingPort sharing;
    private final transient RfeResponsePort rfeResponses;
    private final transient CaseChecklistPort checklists;
    private final transient Locale locale;
    private final transient RfeResponseReadiness readiness = new RfeResponseReadiness();

    /** @param firmLocale the firm's language tag (e.g. en-US), in which the task's checklist and issues read */
    public CaseFactsListener(CasePort cases, SharingPort sharing, RfeResponsePort rfeResponses,
                             CaseChecklistPort checklists, String firmLocale) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.sharing = Objects.requireNonNull(sharing, "sharing");
        this.rfeResponses = Objects.requireNonNull(rfeResponses, "rfeResponses");
        this.checklists = Objects.requireNonNull(checklists, "checklists");
        this.locale = Locale.forLanguageTag(Objects.requireNonNull(firmLocale, "firmLocale"));
    }

    @Override
    public void notify(DelegateTask task) {
        // everything read and written here is the process's: asking the task, which is new and
        // holds nothing yet, would load its variables from the database only to find none
        DelegateExecution process = task.getExecution();
        String caseId = Vars.text(process, VAR_CASE_ID);
        if (caseId == null) {
            return; // a request without a case shows no case facts
        }
        Optional<CasePort.CaseFacts> facts = cases.facts(caseId);
        if (facts.isEmpty()) {
            return; // the case is gone: keep what the process knew
        }
        Vars.update(process, VAR_CASE_NUMBER, facts.get().caseNumber());
        Vars.update(process, VAR_CASE_DEADLINE, cases.deadline(caseId).map(CalendarDates::toDate).orElse(null));
        String kind = Vars.text(process, VAR_TASK_KIND);
        if (TaskKind.DOCUMENT_COLLECTION.name().equals(kind)) {
            Vars.update(process, VAR_EVIDENCE_CHECKLIST,
                    checklists.completeness(caseId).map(c -> String.join("\n", c.brief(locale))).orElse(null));
        }
        if (TaskKind.CASE_STATUS_CHECK.name().equals(kind)) {
            Vars.update(process, VAR_RECEIPT_NUMBERS,
                    facts.get().receiptNumbers().isEmpty() ? null : String.join(", ", facts.get().receiptNumbers()));
        }
        if (TaskKind.RFE_RESPONSE.name().equals(kind)) {
            List<String> drafts = Assignment.draftIds(Assignment.folder(process), sharing);
            // one line per issue: Share's textarea shows the lines as they are
            List<String> issues = readiness.describe(rfeResponses.state(caseId, drafts).issues(), locale);
            Vars.update(process, VAR_RFE_ISSUES, issues.isEmpty() ? null : String.join("\n", issues));
        }
    }
}
