package org.lpodesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.BusinessCalendar;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.report.ActivitiTaskHistory;
import org.lpodesk.outsourcing.report.AttorneyLoad;
import org.lpodesk.outsourcing.report.Figures;
import org.lpodesk.outsourcing.report.Granularity;
import org.lpodesk.outsourcing.report.OutsourcedTask;
import org.lpodesk.outsourcing.report.OutsourcingReports;
import org.lpodesk.outsourcing.report.Report;
import org.lpodesk.outsourcing.report.ReportQuery;
import org.lpodesk.outsourcing.report.ReportSettings;
import org.lpodesk.outsourcing.report.ReportViewer;

/**
 * The reports read from a real Activiti 5.23 engine's history: whole lifecycles (delivered,
 * delivered after a change request, declined, cancelled by message and by deletion, still open)
 * run on one engine, which then stops; a second engine on the same database (a restart, which
 * deploys the process again as a new version) builds the reader and the report. Nothing at
 * process time prepared for the report: the processes ran before the reader object existed.
 */
class OutsourcingReportEngineTest {

    private static final ReportSettings SETTINGS = ReportSettings.defaults(Firm.FIRM_ZONE, BusinessCalendar.WEEKDAYS);
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final Firm firm = new Firm();
    private WorkflowEngine engine;

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    private static WorkflowEngine.Database sharedH2() {
        // schema kept when an engine stops, so the next engine finds the history (a restart)
        return new WorkflowEngine.Database("jdbc:h2:mem:lpodesk-report-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000", "sa", "", "true");
    }

    private WorkflowEngine start(WorkflowEngine.Database db) {
        return WorkflowEngine.start(db, false, clock -> WorkflowBeans.create(firm.ports(firm.dueDates(clock)), clock));
    }

    /** New York time on a day of the suite's week (0 = Monday 2 March 2026). */
    private static Instant ny(int day, int hour) {
        return ZonedDateTime.of(MONDAY.plusDays(day), LocalTime.of(hour, 0), Firm.FIRM_ZONE).toInstant();
    }

    @Test
    void lifecyclesThatRanBeforeTheReaderAndARestartAreReportedFromHistory() {
        WorkflowEngine.Database db = sharedH2();
        engine = start(db);
        OutsourcingDriver drive = new OutsourcingDriver(engine, firm);

        // 1. delivered first time: requested Monday 09:00, delivered (LPO approval) Tuesday 12:00, approved Wednesday 10:00
        engine.setNow(ny(0, 9));
        String delivered = drive.startStandard();
        engine.setNow(ny(0, 10));
        drive.accept(delivered);
        engine.setNow(ny(1, 11));
        drive.draft(delivered, "EB-1A petition");
        engine.setNow(ny(1, 12));
        drive.lpoReview(delivered, APPROVE);
        engine.setNow(ny(2, 10));
        claimAndReview(drive, delivered, Firm.ATTORNEY, APPROVE);

        // 2. reworked: an LPO return, then the firm's change request, then approved
        engine.setNow(ny(0, 11));
        String reworked = drive.startStandard();
        engine.setNow(ny(0, 12));
        drive.accept(reworked);
        engine.setNow(ny(0, 15));
        drive.draft(reworked, "first draft");
        engine.setNow(ny(0, 16));
        drive.lpoReview(reworked, RETURN);
        engine.setNow(ny(1, 10));
        drive.finishDrafting(reworked, 1.0);
        engine.setNow(ny(1, 14)); // first delivery: Monday 11:00 to Tuesday 14:00 = 6 + 5 business hours
        drive.lpoReview(reworked, APPROVE);
        engine.setNow(ny(1, 16));
        claimAndReview(drive, reworked, Firm.OTHER_ATTORNEY, REQUEST_CHANGES);
        engine.setNow(ny(2, 12));
        drive.finishDrafting(reworked, 2.0);
        engine.setNow(ny(2, 13));
        drive.lpoReview(reworked, APPROVE);
        engine.setNow(ny(3, 9));
        claimAndReview(drive, reworked, Firm.ATTORNEY, APPROVE);

        // 3. declined
        engine.setNow(ny(0, 13));
        String declined = drive.startStandard();
        engine.setNow(ny(0, 14));
        drive.complete(Firm.MANAGER, declined, "intakeTask",
                Map.of(VAR_INTAKE_OUTCOME, DECLINE, VAR_DECLINE_REASON, "No drafter free"));

        // 4. cancelled by the cancel message after acceptance; 5. deleted (Share's Cancel workflow) before it
        engine.setNow(ny(0, 14));
        String cancelled = drive.startStandard();
        drive.accept(cancelled);
        engine.setNow(ny(1, 9));
        String execution = engine.runtime().createExecutionQuery().processInstanceId(cancelled)
                .messageEventSubscriptionName(CANCEL_MESSAGE).singleResult().getId();
        engine.runtime().messageEventReceived(CANCEL_MESSAGE, execution);
        engine.setNow(ny(0, 15));
        String deleted = drive.startStandard();
        engine.setNow(ny(1, 9));
        engine.runtime().deleteProcessInstance(deleted, "cancelled");

        // 6. still open at intake
        engine.setNow(ny(4, 9));
        String open = drive.startStandard();
        engine.executeDueJobs();
        assertThat(List.of(delivered, reworked, declined, cancelled, deleted)).allMatch(drive::ended);
        engine.close();

        // the restart: a new engine on the same tables; the reader and the report exist only now
        engine = start(db);
        ActivitiTaskHistory history = new ActivitiTaskHistory(engine.dataSource(), engine.management());
        Map<String, OutsourcedTask> tasks = history.tasks(ny(0, 0), ny(30, 0)).stream()
                .collect(Collectors.toMap(OutsourcedTask::processId, Function.identity()));
        assertThat(tasks).containsOnlyKeys(delivered, reworked, declined, cancelled, deleted, open);

        OutsourcedTask first = tasks.get(delivered);
        assertThat(first.status()).isEqualTo(OutsourcedTask.Status.DELIVERED);
        assertThat(first.vendorId()).isEqualTo("acme");
        assertThat(first.kind()).isEqualTo(TaskKind.EB1_PETITION);
        assertThat(first.caseId()).isEqualTo(Firm.CASE_WITH_CONSENT);
        assertThat(first.caseNumber()).isEqualTo("IMM-" + Firm.CASE_WITH_CONSENT);
        assertThat(first.caseDeadline()).isEqualTo(firm.repository.deadline(Firm.CASE_WITH_CONSENT).orElseThrow());
        assertThat(first.requestedAt()).isEqualTo(ny(0, 9));
        assertThat(first.acceptedAt()).isEqualTo(ny(0, 10));
        assertThat(first.deliveredAt()).isEqualTo(ny(1, 12));
        assertThat(first.firmReviewFinishedAt()).isEqualTo(ny(2, 10));
        assertThat(first.firmReviewAttorney()).isEqualTo(Firm.ATTORNEY);
        assertThat(first.vendorDue()).isAfter(first.deliveredAt());
        assertThat(first.changeRequests()).isZero();
        assertThat(first.lpoReturns()).isZero();
        assertThat(first.hoursLogged()).isEqualByComparingTo("4");
        assertThat(first.closedAt()).isEqualTo(ny(2, 10));

        OutsourcedTask second = tasks.get(reworked);
        assertThat(second.status()).isEqualTo(OutsourcedTask.Status.DELIVERED);
        assertThat(second.deliveredAt()).as("the first hand-in").isEqualTo(ny(1, 14));
        assertThat(second.changeRequests()).isEqualTo(1);
        assertThat(second.lpoReturns()).isEqualTo(1);
        assertThat(second.hoursLogged()).isEqualByComparingTo("7");
        assertThat(second.firmReviews()).extracting(OutsourcedTask.FirmReview::attorney, OutsourcedTask.FirmReview::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Firm.OTHER_ATTORNEY, REQUEST_CHANGES),
                        org.assertj.core.groups.Tuple.tuple(Firm.ATTORNEY, APPROVE));
        assertThat(second.firmReviewFinishedAt()).isEqualTo(ny(3, 9));

        assertThat(tasks.get(declined).status()).isEqualTo(OutsourcedTask.Status.DECLINED);
        assertThat(tasks.get(declined).acceptedAt()).isNull();
        assertThat(tasks.get(cancelled).status()).isEqualTo(OutsourcedTask.Status.CANCELLED);
        assertThat(tasks.get(cancelled).acceptedAt()).isEqualTo(ny(0, 14));
        assertThat(tasks.get(deleted).status()).as("deleted without a closing state").isEqualTo(OutsourcedTask.Status.CANCELLED);
        assertThat(tasks.get(open).status()).isEqualTo(OutsourcedTask.Status.REQUESTED);
        assertThat(tasks.get(open).closedAt()).isNull();

        // the report, from the history and the ledger the close step wrote
        OutsourcingReports reports = new OutsourcingReports(history, firm.ledger, firm.engagementPort(), SETTINGS);
        Report report = reports.report(ReportQuery.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null,
                Granularity.MONTH, Set.of("acme", "redco", "stale"), ReportViewer.firm(Firm.ATTORNEY)));
        Figures f = report.total();
        assertThat(f.requested()).isEqualTo(6);
        assertThat(f.accepted()).isEqualTo(3);
        assertThat(f.delivered()).isEqualTo(2);
        assertThat(f.declined()).isEqualTo(1);
        assertThat(f.cancelled()).isEqualTo(2);
        assertThat(f.open()).isEqualTo(1);
        assertThat(f.turnaroundTasks()).isEqualTo(2);
        assertThat(f.turnaroundMedianHours()).as("Monday 09:00 to Tuesday 12:00: 8 + 3").isEqualByComparingTo("11");
        assertThat(f.turnaroundP90Hours()).as("Monday 11:00 to Tuesday 14:00").isEqualByComparingTo("11");
        assertThat(f.slaTasks()).isEqualTo(2);
        assertThat(f.late()).isZero();
        assertThat(f.bufferTasks()).isEqualTo(2);
        assertThat(f.bufferKept()).isEqualTo(2);
        assertThat(f.firstPass()).isEqualTo(1);
        assertThat(f.firstPassRate()).isEqualByComparingTo("0.5");
        assertThat(f.reviewedTasks()).isEqualTo(2);
        assertThat(f.reworkedTasks()).isEqualTo(1);
        assertThat(f.reworkRate()).isEqualByComparingTo("0.5");
        assertThat(f.meanReworkRounds()).isEqualByComparingTo("1");
        assertThat(f.hoursLogged()).isEqualByComparingTo("11");
        assertThat(f.costedTasks()).as("the close step's ledger records").isEqualTo(2);
        assertThat(f.cost()).containsExactly(Money.usd("1800.00"));
        assertThat(report.rows()).extracting(Report.Row::vendorId, Report.Row::kindLabel, Report.Row::period)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acme", "ALL", "2026-03"),
                        org.assertj.core.groups.Tuple.tuple("acme", "EB1_PETITION", "2026-03"));
        assertThat(report.attorneys()).extracting(AttorneyLoad::attorney, AttorneyLoad::decisions, AttorneyLoad::approvals)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Firm.OTHER_ATTORNEY, 1, 0),
                        org.assertj.core.groups.Tuple.tuple(Firm.ATTORNEY, 2, 2));
        // Tuesday 14:00 to 16:00: alan decided in 2 business hours
        assertThat(report.attorneys().get(0).medianDecisionHours()).isEqualByComparingTo("2");
        assertThat(report.cases()).singleElement().satisfies(c -> {
            assertThat(c.requested()).isEqualTo(6);
            assertThat(c.delivered()).isEqualTo(2);
        });
    }

    private void claimAndReview(OutsourcingDriver drive, String pid, String attorney, String outcome) {
        engine.tasks().claim(drive.openTask(pid).getId(), attorney);
        drive.firmReview(attorney, pid, outcome);
        engine.executeDueJobs();
    }
}
