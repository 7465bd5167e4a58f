package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.evidence.EvidenceMessages;
import org.lpodesk.evidence.checklist.TagRefusedException;
import org.lpodesk.evidence.completeness.CaseChecklistPort;
import org.lpodesk.evidence.completeness.CaseCompleteness;
import org.lpodesk.evidence.completeness.EvidenceDocument;
import org.lpodesk.evidence.rfe.RfeResponsePort;
import org.lpodesk.evidence.rfe.RfeResponseReadiness;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.review.workflow.DirectoryPort;
import org.lpodesk.review.workflow.TaskOutcomes;
import org.lpodesk.sharing.CaseConsent;

/**
 * Complete listener of {@code immwf:lpoReviewTask}: one of the vendor's reviewers, not the
 * drafter, approves the drafts for the firm or returns them to drafting. An RFE response goes to
 * the firm only when every issue of the RFE has an exhibit or an attorney decided a partial
 * response (core's {@link RfeResponseReadiness}, the rule the filing is held to as well).
 * Collected documents go to the firm only with tags the case's checklist takes for their type:
 * they are delivered into the case's Evidence folder, where a wrong tag would be refused after the
 * attorney approved, with nobody left to correct it. Drafts made with generative AI go to the firm
 * only when the client's consent on the case covers AI use (ABA Formal Op. 512); otherwise the
 * reviewer can only return them, and the refusal says why.
 */
public final class LpoReviewTaskCompleteListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient DirectoryPort directory;
    private final transient SharingPort sharing;
    private final transient RfeResponsePort rfeResponses;
    private final transient CaseChecklistPort checklists;
    private final transient CasePort cases;
    private final transient ComplianceAuditPort audit;
    private final transient Clock clock;
    private final transient RfeResponseReadiness readiness = new RfeResponseReadiness();

    public LpoReviewTaskCompleteListener(DirectoryPort directory, SharingPort sharing, RfeResponsePort rfeResponses,
                                         CaseChecklistPort checklists, CasePort cases, ComplianceAuditPort audit,
                                         Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.sharing = Objects.requireNonNull(sharing, "sharing");
        this.rfeResponses = Objects.requireNonNull(rfeResponses, "rfeResponses");
        this.checklists = Objects.requireNonNull(checklists, "checklists");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void notify(DelegateTask task) {
        String user = directory.currentUser();
        String reviewers = Vars.text(task, VAR_VENDOR_REVIEWERS_GROUP);
        if (!directory.isMember(user, reviewers)) {
            throw new NotAllowedException(Texts.format("lpoReview.notReviewer", directory.displayName(user),
                    directory.groupDisplayName(reviewers)));
        }
        if (Assignment.of(task).set(Assignment.DRAFTERS).stream().anyMatch(d -> d.equalsIgnoreCase(user))) {
            throw new NotAllowedException(Texts.format("lpoReview.drafter", directory.displayName(user)));
        }
        String outcome = TaskOutcomes.copyToProcess(task);
        String kind = Vars.text(task, VAR_TASK_KIND);
        if (APPROVE.equals(outcome) && Assignment.aiUsed(task.getExecution())) {
            checkAiConsent(task);
        }
        if (APPROVE.equals(outcome) && TaskKind.RFE_RESPONSE.name().equals(kind)) {
            checkRfeResponse(task);
        }
        if (APPROVE.equals(outcome) && TaskKind.DOCUMENT_COLLECTION.name().equals(kind)) {
            checkCollectedTags(task);
        }
        // the drafters and the firm's attorney read the reviewer's words on their tasks
        Vars.update(task.getExecution(), VAR_LPO_REVIEW_COMMENT, task.getVariableLocal(VAR_COMMENT));
    }

    private void checkAiConsent(DelegateTask task) {
        String caseId = Vars.text(task, VAR_CASE_ID);
        String tools = Vars.text(task, VAR_AI_TOOLS);
        Optional<CaseConsent> consent = caseId == null ? Optional.empty() : cases.consent(caseId);
        if (consent.isPresent() && consent.get().coversGenerativeAi()) {
            return;
        }
        Object caseNumber = task.getVariable(VAR_CASE_NUMBER);
        String caseName = caseNumber != null ? caseNumber.toString() : String.valueOf(caseId);
        String message = Texts.format(consent.isPresent() ? "lpoReview.ai.notConsented" : "lpoReview.ai.noConsent",
                tools, caseName);
        audit.record(new ComplianceAuditPort.AiUseStopped(clock.instant(), Vars.text(task, VAR_VENDOR_ID),
                task.getProcessInstanceId(), caseId, tools, message));
        throw new InvalidRequestException(message);
    }

    private void checkRfeResponse(DelegateTask task) {
        String caseId = Vars.text(task, VAR_CASE_ID);
        String folder = Assignment.folder(task.getExecution());
        if (caseId == null || folder == null) {
            return;
        }
        RfeResponsePort.ResponseState state = rfeResponses.state(caseId, Assignment.draftIds(folder, sharing));
        Object caseNumber = task.getVariable(VAR_CASE_NUMBER);
        readiness.checkDelivery(caseNumber == null ? caseId : caseNumber.toString(), state.issues(), state.partial());
    }

    private void checkCollectedTags(DelegateTask task) {
        String caseId = Vars.text(task, VAR_CASE_ID);
        String folder = Assignment.folder(task.getExecution());
        if (caseId == null || folder == null) {
            return;
        }
        CaseCompleteness now = checklists.completeness(caseId).orElse(null);
        if (now == null) {
            return; // the case is gone: the delivery reports it
        }
        for (EvidenceDocument upload : checklists.documents(Assignment.draftIds(folder, sharing))) {
            String type = TaskKind.DOCUMENT_COLLECTION.deliveredType(upload.documentType());
            try {
                now.checklist().validateTag(type, upload.itemIds());
            } catch (TagRefusedException refused) {
                throw new TagRefusedException(EvidenceMessages.format("collection.tag-refused", upload.name(),
                        refused.getMessage()));
            }
        }
    }
}
