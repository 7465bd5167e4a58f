package org.lpodesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lpodesk.review.ReviewOutcome;
import org.lpodesk.sharing.ConfidentialityLevel;

/** immAttorneyReview on a real Activiti 5.23 engine: the firm's own drafts and its attorneys. */
class AttorneyReviewProcessTest {

    private Firm firm;
    private WorkflowEngine engine;
    private OutsourcingDriver drive;

    @BeforeEach
    void startEngine() {
        firm = new Firm();
        engine = WorkflowEngine.start(WorkflowEngine.Database.h2(), false,
                clock -> WorkflowBeans.create(firm.ports(firm.dueDates(clock)), clock),
                WorkflowEngine.ATTORNEY_REVIEW_BPMN);
        engine.setNow(Firm.MONDAY_MORNING);
        drive = new OutsourcingDriver(engine, firm);
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    private String draft(String name) {
        return firm.repository.addDocument(Firm.CASE_WITH_CONSENT, name, ConfidentialityLevel.CONFIDENTIAL,
                name + " v1", Firm.PARALEGAL);
    }

    private String start(List<String> documents) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_PACKAGE, firm.repository.addPackage(documents));
        vars.put(VAR_INITIATOR, Firm.PARALEGAL);
        vars.put(VAR_WORKFLOW_PRIORITY, 2);
        return firm.directory.runAs(Firm.PARALEGAL,
                () -> engine.runtime().startProcessInstanceByKey(ATTORNEY_REVIEW_PROCESS, vars).getId());
    }

    private void review(String user, String pid, String outcome) {
        drive.complete(user, pid, "attorneyReviewTask", Map.of(VAR_ATTORNEY_REVIEW_OUTCOME, outcome,
                VAR_COMMENT, "reviewed by " + user));
    }

    @Test
    void attorneyApprovesTheCurrentVersionOfEveryDraft() {
        String letter = draft("cover-letter.docx");
        String form = draft("i-140-notes.docx");
        String pid = start(List.of(letter, form));
        var task = drive.openTask(pid);
        assertThat(engine.tasks().createTaskQuery().taskCandidateGroup("GROUP_IMM_ATTORNEYS").count()).isEqualTo(1);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("attorneyReviewTask");

        review(Firm.ATTORNEY, pid, APPROVE);

        assertThat(drive.ended(pid)).isTrue();
        for (String doc : List.of(letter, form)) {
            var approval = firm.repository.review(doc).orElseThrow();
            assertThat(approval.outcome()).isEqualTo(ReviewOutcome.APPROVED);
            assertThat(approval.approver()).isEqualTo(Firm.ATTORNEY);
            assertThat(approval.approvedVersionLabel()).isEqualTo("1.0");
            assertThat(approval.commentText()).hasValue("reviewed by ann");
        }
        assertThat(drive.historicVariable(pid, VAR_APPROVED_VERSIONS)).isEqualTo(letter + "@1.0," + form + "@1.0");
    }

    @Test
    void theDrafterAndNonAttorneysNeverApprove() {
        String letter = draft("cover-letter.docx");
        String pid = start(List.of(letter));

        assertThatThrownBy(() -> review(Firm.PARALEGAL, pid, APPROVE))
                .hasMessageContaining("paula").hasMessageContaining("GROUP_IMM_ATTORNEYS");
        firm.repository.edit(letter, "attorney's own rewrite", Firm.OTHER_ATTORNEY);
        assertThatThrownBy(() -> review(Firm.OTHER_ATTORNEY, pid, APPROVE))
                .hasMessageContaining("alan").hasMessageContaining("1.1");
        assertThat(firm.repository.review(letter)).isEmpty();
        assertThat(drive.openTaskKey(pid)).isEqualTo("attorneyReviewTask");

        review(Firm.ATTORNEY, pid, APPROVE);
        assertThat(firm.repository.review(letter).orElseThrow().approvedVersionLabel()).isEqualTo("1.1");
    }

    @Test
    void onlyAnAttorneyOtherThanTheDrafterMayHoldTheReview() {
        String pid = start(List.of(draft("cover-letter.docx")));
        String task = drive.openTask(pid).getId();

        // Alfresco lets the starter claim: the listener keeps the paralegal out
        assertThatThrownBy(() -> engine.tasks().claim(task, Firm.PARALEGAL)).rootCause()
                .isInstanceOf(org.lpodesk.review.workflow.ReviewClaimRefusedException.class).hasMessage("Paula (paula) cannot take the task \"Attorney review\": only a firm attorney (IMM_ATTORNEYS group)"
                        + " reviews and approves work product, so it stays with the attorneys.");
        assertThatThrownBy(() -> engine.tasks().setAssignee(task, Firm.ASSOCIATE)).hasMessageContaining("only a firm attorney");
        assertThat(drive.openTask(pid).getAssignee()).isNull();

        engine.tasks().claim(task, Firm.ATTORNEY);
        assertThat(drive.openTask(pid).getAssignee()).isEqualTo(Firm.ATTORNEY);
        // released, another attorney takes it over
        engine.tasks().setAssignee(task, null);
        engine.tasks().claim(task, Firm.OTHER_ATTORNEY);
        assertThat(drive.openTask(pid).getAssignee()).isEqualTo(Firm.OTHER_ATTORNEY);
    }

    @Test
    void changesGoBackToTheDrafterAndTheApprovalNamesTheRevisedVersion() {
        String letter = draft("cover-letter.docx");
        String pid = start(List.of(letter));
        review(Firm.ATTORNEY, pid, REQUEST_CHANGES);
        assertThat(firm.repository.review(letter).orElseThrow().outcome()).isEqualTo(ReviewOutcome.CHANGES_REQUESTED);

        var revision = drive.openTask(pid);
        assertThat(revision.getTaskDefinitionKey()).isEqualTo("revisionTask");
        assertThat(revision.getAssignee()).isEqualTo(Firm.PARALEGAL);
        firm.repository.edit(letter, "cover letter v2", Firm.PARALEGAL);
        drive.complete(Firm.PARALEGAL, pid, "revisionTask", Map.of(VAR_REVISION_OUTCOME, RESUBMIT));

        review(Firm.ATTORNEY, pid, APPROVE);
        var approval = firm.repository.review(letter).orElseThrow();
        assertThat(approval.outcome()).isEqualTo(ReviewOutcome.APPROVED);
        assertThat(approval.approvedVersionLabel()).isEqualTo("1.1");
        assertThat(drive.ended(pid)).isTrue();
    }

    @Test
    void theDrafterMayWithdraw() {
        String pid = start(List.of(draft("blog-post.docx")));
        review(Firm.ATTORNEY, pid, REQUEST_CHANGES);
        drive.complete(Firm.PARALEGAL, pid, "revisionTask", Map.of(VAR_REVISION_OUTCOME, WITHDRAW));
        assertThat(drive.ended(pid)).isTrue();
        assertThat(drive.historicVariable(pid, VAR_APPROVED_BY)).isNull();
    }

    @Test
    void anEmptyPackageIsRefusedAtStart() {
        assertThatThrownBy(() -> start(List.of())).hasMessageContaining("has no document");
        assertThat(engine.runtime().createProcessInstanceQuery().count()).isZero();
    }
}
