package org.lpodesk.outsourcing.report.bench;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.activiti.engine.runtime.Job;
import org.activiti.engine.task.Task;
import org.lpodesk.billing.Billing;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.HourPackage;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.BusinessCalendar;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.usage.InMemoryUsageLedger;
import org.lpodesk.outsourcing.report.ActivitiTaskHistory;
import org.lpodesk.outsourcing.report.Granularity;
import org.lpodesk.outsourcing.report.OutsourcingReports;
import org.lpodesk.outsourcing.report.Report;
import org.lpodesk.outsourcing.report.ReportQuery;
import org.lpodesk.outsourcing.report.ReportSettings;
import org.lpodesk.outsourcing.report.ReportViewer;
import org.lpodesk.sharing.ConfidentialityLevel;
import org.lpodesk.workflow.Firm;
import org.lpodesk.workflow.WorkflowBeans;
import org.lpodesk.workflow.WorkflowEngine;

/**
 * How long a year's report takes over 10,000 outsourcing tasks read from Activiti's history, on
 * H2 and, when LPODESK_TEST_PG_URL (with _USER and _PASSWORD) is set, on PostgreSQL. A plain main,
 * not a timed unit test: timings on a shared build machine are not pass/fail material.
 *
 * <p>100 seed tasks run whole lifecycles on the real engine (delivered, delivered after a change
 * request, declined, deleted); their history rows (process instances, tasks, variables) are then
 * copied 99 times with new ids, spread over the past year and over two vendors and three kinds,
 * which gives the tables the rows 10,000 real processes leave behind without 10,000 lifecycles.
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * mvn -q -pl core -am install -DskipTests
 * mvn -q -pl platform-module test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.lpodesk.outsourcing.report.bench.ReportBenchmark
 * </pre>
 *
 * It prints, per database, the time of each of 7 runs of the same year's report (the first ones
 * warm the JVM and the database's caches) and their median.
 */
public final class ReportBenchmark {

    private static final int SEEDS = 100;
    private static final int COPIES = 100;
    private static final String[] KINDS = {"EB1_PETITION", "RFE_RESPONSE", "LEGAL_RESEARCH"};
    private static final String[] VENDORS = {"acme", "redco"};
    private static final int RUNS = 7;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<WorkflowEngine.Database> databases = new ArrayList<>(List.of(WorkflowEngine.Database.h2()));
        WorkflowEngine.Database env = WorkflowEngine.Database.fromEnvironment();
        if (env.url().startsWith("jdbc:postgresql:")) {
            databases.add(env);
        }
        for (WorkflowEngine.Database db : databases) {
            run(db);
        }
    }

    private static void run(WorkflowEngine.Database db) throws Exception {
        Firm firm = new Firm(Instant.now());
        try (WorkflowEngine engine = WorkflowEngine.start(db, false,
                clock -> WorkflowBeans.create(firm.ports(firm.dueDates(clock)), clock))) {
            long seedStart = System.nanoTime();
            List<String> seeds = new ArrayList<>();
            for (int i = 0; i < SEEDS; i++) {
                seeds.add(lifecycle(engine, firm, i));
            }
            long seeded = System.nanoTime();
            int rows = copy(db, seeds);
            long copied = System.nanoTime();
            System.out.printf("%s: %d lifecycles in %d ms; %d history rows copied in %d ms%n", label(db), SEEDS,
                    (seeded - seedStart) / 1_000_000, rows, (copied - seeded) / 1_000_000);

            ZoneId zone = ZoneId.of("America/New_York");
            LocalDate today = LocalDate.now(zone);
            // the seeds' terms; the ledger is left empty (it is one call per vendor, outside the history)
            Map<String, Engagement> engagements = new HashMap<>();
            for (String id : VENDORS) {
                engagements.put(id, Engagement.builder(new Vendor(id, id, "IN", ZoneId.of("Asia/Kolkata"),
                                today.minusDays(50), today.minusDays(50)), zone)
                        .hourPackage(HourPackage.of("40", Money.usd("25"), Money.usd("35")))
                        .kind(TaskKind.EB1_PETITION, 5, Billing.flatFee(Money.usd("900")), ClientCharge.FEE)
                        .kind(TaskKind.RFE_RESPONSE, 3, Billing.flatFee(Money.usd("600")), ClientCharge.FEE)
                        .kind(TaskKind.LEGAL_RESEARCH, 2, Billing.hourly(), ClientCharge.COST)
                        .build());
            }
            ActivitiTaskHistory history = new ActivitiTaskHistory(engine.dataSource(), engine.management());
            OutsourcingReports reports = new OutsourcingReports(history, new InMemoryUsageLedger(),
                    vendorId -> Optional.ofNullable(engagements.get(vendorId)),
                    ReportSettings.defaults(zone, BusinessCalendar.WEEKDAYS));
            ReportQuery year = ReportQuery.of(today.minusDays(364), today, null, null, Granularity.MONTH,
                    Set.of("acme", "redco", "stale"), ReportViewer.firm(Firm.ATTORNEY));
            long[] millis = new long[RUNS];
            Report report = null;
            for (int r = 0; r < RUNS; r++) {
                long t0 = System.nanoTime();
                report = reports.report(year);
                millis[r] = (System.nanoTime() - t0) / 1_000_000;
            }
            long[] reads = new long[RUNS];
            for (int r = 0; r < RUNS; r++) {
                long t0 = System.nanoTime();
                history.tasks(today.minusDays(364).atStartOfDay(zone).toInstant(),
                        today.plusDays(1).atStartOfDay(zone).toInstant());
                reads[r] = (System.nanoTime() - t0) / 1_000_000;
            }
            System.out.printf("%s: reading the history alone: runs %s ms%n", label(db), Arrays.toString(reads));
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf("%s: year's report over %d tasks (%d delivered, %d rows): runs %s ms, median %d ms%n",
                    label(db), report.total().requested(), report.total().delivered(), report.rows().size(),
                    Arrays.toString(millis), sorted[RUNS / 2]);
        }
    }

    private static String label(WorkflowEngine.Database db) {
        return db.url().startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
    }

    /** One whole lifecycle, as Share drives it: i mod 20 = 0 declined, 1 deleted, 2-3 a change request, else delivered. */
    private static String lifecycle(WorkflowEngine engine, Firm firm, int i) {
        String doc = firm.repository().addDocument(Firm.CASE_WITH_CONSENT, "resume.pdf",
                ConfidentialityLevel.CONFIDENTIAL, "resume", Firm.PARALEGAL);
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_PACKAGE, firm.repository().addPackage(List.of(doc)));
        vars.put(VAR_INITIATOR, Firm.PARALEGAL);
        vars.put(VAR_VENDOR_ID, "acme");
        vars.put(VAR_TASK_KIND, "EB1_PETITION");
        vars.put(VAR_CASE_ID, Firm.CASE_WITH_CONSENT);
        vars.put(VAR_WORKFLOW_PRIORITY, 2);
        String pid = firm.directory().runAs(Firm.PARALEGAL,
                () -> engine.runtime().startProcessInstanceByKey(OUTSOURCING_PROCESS, vars).getId());
        if (i % 20 == 0) {
            complete(engine, firm, pid, Firm.MANAGER, Map.of(VAR_INTAKE_OUTCOME, DECLINE, VAR_DECLINE_REASON, "busy"));
            return pid;
        }
        if (i % 20 == 1) {
            engine.runtime().deleteProcessInstance(pid, "cancelled");
            return pid;
        }
        complete(engine, firm, pid, Firm.MANAGER, Map.of(VAR_INTAKE_OUTCOME, ACCEPT, VAR_DRAFTING_ASSOCIATE, Firm.ASSOCIATE));
        runJobs(engine);
        firm.repository().addDocument(firm.repository().folderOf(pid).orElseThrow().id(), "petition.docx",
                ConfidentialityLevel.CONFIDENTIAL, "draft", Firm.ASSOCIATE);
        int rounds = i % 20 == 2 || i % 20 == 3 ? 2 : 1;
        for (int round = 0; round < rounds; round++) {
            complete(engine, firm, pid, Firm.ASSOCIATE, Map.of(VAR_HOURS_LOGGED, 3.5, VAR_DRAFT_AI_USED, false));
            complete(engine, firm, pid, Firm.REVIEWER, Map.of(VAR_LPO_REVIEW_OUTCOME, APPROVE));
            Task review = engine.tasks().createTaskQuery().processInstanceId(pid).singleResult();
            engine.tasks().claim(review.getId(), Firm.ATTORNEY);
            complete(engine, firm, pid, Firm.ATTORNEY,
                    Map.of(VAR_FIRM_REVIEW_OUTCOME, round + 1 < rounds ? REQUEST_CHANGES : APPROVE));
        }
        runJobs(engine);
        return pid;
    }

    private static void complete(WorkflowEngine engine, Firm firm, String pid, String user, Map<String, Object> props) {
        Task task = engine.tasks().createTaskQuery().processInstanceId(pid).singleResult();
        firm.directory().runAs(user, () -> engine.tasks().complete(task.getId(), props, true));
    }

    private static void runJobs(WorkflowEngine engine) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = engine.management().createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                engine.management().executeJob(job.getId());
            }
        }
    }

    private static int copy(WorkflowEngine.Database db, List<String> seeds) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            // the vendor and the kind rotate, so that the report has two vendors and three kinds to group
            return new HistoryCopier(c).copy(seeds, COPIES - 1, 360, "-c", (column, row, copy) -> {
                if (column.equals("TEXT_") && VAR_TASK_KIND.equals(row.get("NAME_"))) {
                    return KINDS[copy % KINDS.length];
                }
                if (column.equals("TEXT_") && VAR_VENDOR_ID.equals(row.get("NAME_"))) {
                    return VENDORS[copy % VENDORS.length];
                }
                return null;
            });
        }
    }
}
