package org.lpodesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.workflow.DueDateCheck;
import org.lpodesk.outsourcing.workflow.NotificationPort.Kind;
import org.lpodesk.review.ReviewOutcome;
import org.lpodesk.sharing.ConfidentialityLevel;

/** immOutsourcing on a real Activiti 5.23 engine (H2 in memory), every path a firm meets. */
class OutsourcingProcessTest {

    private Firm firm;
    private WorkflowEngine engine;
    private OutsourcingDriver drive;

    @BeforeEach
    void startEngine() {
        firm = new Firm();
        engine = WorkflowEngine.start(WorkflowEngine.Database.h2(), false,
                clock -> WorkflowBeans.create(firm.ports(DueDateCheck.NONE), clock));
        engine.setNow(Firm.MONDAY_MORNING);
        drive = new OutsourcingDriver(engine, firm);
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void acceptedTaskIsDraftedReviewedApprovedDeliveredAndClosed() {
        String caseDoc = drive.caseDocument(Firm.CASE_WITH_CONSENT, "resume.pdf", ConfidentialityLevel.CONFIDENTIAL);
        String pid = drive.start(drive.request(Firm.CASE_WITH_CONSENT, List.of(caseDoc)));

        var intake = drive.openTask(pid);
        assertThat(intake.getTaskDefinitionKey()).isEqualTo("intakeTask");
        assertThat(engine.tasks().createTaskQuery().taskCandidateGroup(firm.acme.managersGroup()).count()).isEqualTo(1);
        assertThat(firm.repository.folderOf(pid)).as("nothing shared before the vendor accepts").isEmpty();

        drive.accept(pid);
        String folder = drive.folder(pid);
        assertThat(firm.repository.copyLog()).containsExactly(folder + ":" + caseDoc);
        assertThat(firm.repository.openGrants().get(folder)).containsOnlyKeys(Firm.ASSOCIATE,
                firm.acme.reviewersGroup(), firm.acme.managersGroup());
        assertThat(drive.openTask(pid).getAssignee()).isEqualTo(Firm.ASSOCIATE);

        String draft = drive.draft(pid, "EB-1A petition, first draft");
        drive.lpoReview(pid, APPROVE);
        assertThat(drive.openTask(pid).getTaskDefinitionKey()).isEqualTo("firmReviewTask");
        drive.firmReview(Firm.ATTORNEY, pid, APPROVE);

        var review = firm.repository.review(draft).orElseThrow();
        assertThat(review.approver()).isEqualTo(Firm.ATTORNEY);
        assertThat(review.outcome()).isEqualTo(ReviewOutcome.APPROVED);
        assertThat(review.approvedVersionLabel()).isEqualTo("1.0");

        engine.executeDueJobs();
        assertThat(drive.ended(pid)).isTrue();
        var delivered = firm.repository.documentsIn(Firm.CASE_WITH_CONSENT).stream()
                .filter(d -> d.name.equals("petition.docx")).findFirst().orElseThrow();
        assertThat(delivered.current().content()).isEqualTo("EB-1A petition, first draft");
        assertThat(delivered.review.approvedVersionLabel()).isEqualTo(delivered.current().label());
        assertThat(delivered.review.approver()).isEqualTo(Firm.ATTORNEY);
        assertThat(firm.repository.openGrants()).as("nothing left shared").isEmpty();
        assertThat(firm.ledger.find(pid)).hasValueSatisfying(r -> {
            assertThat(r.vendorId()).isEqualTo("acme");
            assertThat(r.hours()).isEqualByComparingTo("4.0");
        });
        assertThat(firm.notifications.of(pid, Kind.DELIVERED)).hasSize(1);
        assertThat(firm.notifications.of(pid, Kind.CANCELLED)).isEmpty();
    }
}
