package org.lpodesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.activiti.engine.ActivitiOptimisticLockingException;
import org.activiti.engine.history.HistoricProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.AttestationRules;
import org.lpodesk.outsourcing.workflow.ComplianceAuditPort;
import org.lpodesk.outsourcing.workflow.NotificationPort.Kind;
import org.lpodesk.outsourcing.workflow.OutsourcingRequestRefusedException;
import org.lpodesk.sharing.BulkThresholds;
import org.lpodesk.sharing.ConfidentialityLevel;
import org.lpodesk.sharing.DataCategory;
import org.lpodesk.sharing.JdbcBulkCounts;
import org.lpodesk.sharing.RefusalReason;
import org.lpodesk.sharing.SharingPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many outsourcing processes at once on the engine with its job executor, as Alfresco runs them:
 * on PostgreSQL when LPODESK_TEST_PG_URL is set (.ci/run sets it), on H2 otherwise. The share
 * and deliver steps fail on purpose after doing part of their work (the repository keeps it, as
 * a store outside the engine's transaction would); the engine rolls back and retries, and the
 * counts at the end prove that nothing was shared or delivered twice, nothing is left shared and
 * no process was lost. A hundred requests at once to one vendor stop exactly at its bulk-data
 * limit, counted in the engine's database inside each start's transaction.
 */
class OutsourcingLoadAndFaultTest {

    private static final Logger LOG = LoggerFactory.getLogger(OutsourcingLoadAndFaultTest.class);
    private static final int PROCESSES = Integer.getInteger("lpodesk.load.processes", 500);
    private static final int DOCUMENTS_PER_REQUEST = 2;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(Integer.getInteger("lpodesk.load.timeLimitSeconds", 180));
    private static final int BULK_REQUESTS = 100;
    private static final int HEALTH_LIMIT = 60;
    // below the engine's pool of 20: a start holding the count's lock may need a second connection for ids
    private static final int BULK_USERS = 16;

    @Test
    void fiveHundredConcurrentOutsourcingProcessesSurviveFailingShareAndDeliverSteps() throws Exception {
        Firm firm = new Firm(Instant.now());
        WorkflowEngine.Database database = WorkflowEngine.Database.fromEnvironment();
        AtomicInteger shareFaults = new AtomicInteger();
        AtomicInteger deliverFaults = new AtomicInteger();
        Map<String, Integer> attempts = new ConcurrentHashMap<>();
        // The first copy into each folder fails once (every fourth folder: twice), after copying
        firm.repository.injectFaults(
                copy -> {
                    String folder = copy.substring(0, copy.indexOf(':'));
                    int attempt = attempts.merge("copy " + folder, 1, Integer::sum);
                    boolean fail = attempt == 1 || (attempt == 2 && Math.floorMod(folder.hashCode(), 4) == 0);
                    if (fail) {
                        shareFaults.incrementAndGet();
                    }
                    return fail;
                },
                key -> {
                    boolean fail = attempts.merge("deliver " + key, 1, Integer::sum) == 1;
                    if (fail) {
                        deliverFaults.incrementAndGet();
                    }
                    return fail;
                });

        try (WorkflowEngine engine = WorkflowEngine.start(database, true,
                clock -> WorkflowBeans.create(firm.ports(firm.dueDates(clock)), clock))) {
            engine.useRealTime();
            OutsourcingDriver drive = new OutsourcingDriver(engine, firm);
            ExecutorService users = Executors.newFixedThreadPool(6);
            long started = System.nanoTime();
            try {
                List<Future<String>> starts = new ArrayList<>();
                for (int i = 0; i < PROCESSES; i++) {
                    int n = i;
                    starts.add(users.submit(() -> {
                        List<String> docs = new ArrayList<>();
                        for (int d = 0; d < DOCUMENTS_PER_REQUEST; d++) {
                            docs.add(drive.caseDocument(Firm.CASE_WITH_CONSENT, "exhibit-" + n + "-" + d + ".pdf",
                                    ConfidentialityLevel.CONFIDENTIAL));
                        }
                        return drive.start(drive.request(Firm.CASE_WITH_CONSENT, docs));
                    }));
                }
                Set<String> processIds = new HashSet<>();
                for (Future<String> f : starts) {
                    processIds.add(f.get());
                }
                assertThat(processIds).hasSize(PROCESSES);

                driveAllToTheEnd(engine, drive, users, started);
                long elapsed = System.nanoTime() - started;
                LOG.info("{} processes on {} ended in {} ms ({} share and {} deliver failures injected)", PROCESSES,
                        database.postgres() ? "PostgreSQL" : "H2", elapsed / 1_000_000, shareFaults.get(),
                        deliverFaults.get());

                List<HistoricProcessInstance> history = engine.engine().getHistoryService()
                        .createHistoricProcessInstanceQuery().processDefinitionKey(OUTSOURCING_PROCESS).finished()
                        .list();
                assertThat(history).as("no process lost").hasSize(PROCESSES);
                assertThat(history).extracting(HistoricProcessInstance::getEndActivityId)
                        .containsOnly("completedEnd");
                assertThat(engine.runtime().createProcessInstanceQuery().count()).isZero();
                assertThat(engine.management().createJobQuery().count()).as("no job left, none dead").isZero();

                assertThat(shareFaults.get()).isGreaterThanOrEqualTo(PROCESSES);
                assertThat(deliverFaults.get()).isEqualTo(PROCESSES);
                List<String> copies = firm.repository.copyLog();
                assertThat(copies).as("every document copied once").hasSize(PROCESSES * DOCUMENTS_PER_REQUEST)
                        .doesNotHaveDuplicates();
                assertThat(firm.repository.folderCount()).as("one assignment folder per process").isEqualTo(PROCESSES);
                assertThat(firm.repository.deliveryLog()).as("every draft delivered once").hasSize(PROCESSES)
                        .doesNotHaveDuplicates();
                assertThat(firm.repository.openGrants()).as("nothing left shared").isEmpty();
                assertThat(firm.ledger.size()).as("usage recorded once per task").isEqualTo(PROCESSES);
                assertThat(firm.notifications.all()).as("one notification per process: delivered")
                        .hasSize(PROCESSES).allMatch(n -> n.kind() == Kind.DELIVERED);
                for (String pid : processIds) {
                    assertThat(firm.ledger.find(pid)).as("ledger entry of %s", pid).isPresent();
                }
            } finally {
                users.shutdownNow();
            }
        }
    }

    private enum Outcome { STARTED, REFUSED, FAILED }

    private record Result(String person, Outcome outcome, String processId, String message) {
    }

    /**
     * Issue 22 (28 CFR 202.205): a hundred requests at once to acme, each sharing one person's
     * I-693 (health data), against a health limit of 60 persons, the counts kept by
     * {@link JdbcBulkCounts} in the engine's database inside each start's transaction. Ten persons
     * went to acme before; ninety requests bring a new person each and ten share one of the ten
     * again, which never counts twice and so starts even at the limit. Five of the new requests
     * fail after counting, later in the same start (the intake's listing of their documents),
     * and must count nobody.
     */
    @Test
    void aHundredConcurrentRequestsToOneVendorStopExactlyAtTheBulkLimitCountingEachPersonOnce() throws Exception {
        Firm firm = new Firm(Instant.now());
        WorkflowEngine.Database database = WorkflowEngine.Database.fromEnvironment();
        DataSource plain = database.dataSource();
        JdbcBulkCounts counts = new JdbcBulkCounts(plain, WorkflowEngine::commandConnection);
        counts.createSchemaIfMissing();
        // the engine drops its own tables at start; a PostgreSQL run before this one left its counts
        execute(plain, "DELETE FROM lpodesk_bulk_person");
        execute(plain, "DELETE FROM lpodesk_bulk_lock");
        SharingPolicy policy = new SharingPolicy(AttestationRules.defaults(), new BulkThresholds(
                Map.of(DataCategory.HEALTH, HEALTH_LIMIT), BulkThresholds.DEFAULT_WARNING_PERCENT,
                BulkThresholds.DEFAULT_WINDOW));
        Set<String> failingPackages = ConcurrentHashMap.newKeySet();
        firm.failListings((workflowPackage, listing) -> listing > 1 && failingPackages.contains(workflowPackage));

        try (WorkflowEngine engine = WorkflowEngine.start(database, false,
                clock -> WorkflowBeans.create(firm.ports(firm.dueDates(clock), counts), clock, policy))) {
            engine.useRealTime();
            OutsourcingDriver drive = new OutsourcingDriver(engine, firm);
            Set<String> earlier = new HashSet<>();
            Set<String> earlierProcesses = new HashSet<>();
            for (int k = 0; k < 10; k++) {
                earlier.add("earlier-" + k);
                earlierProcesses.add(drive.start(healthRequest(drive, "earlier-" + k, "i693-earlier-" + k)));
            }

            Map<String, Map<String, Object>> requests = new HashMap<>();
            Set<String> failing = new HashSet<>();
            for (int i = 0; i < BULK_REQUESTS; i++) {
                String person = i % 10 == 5 ? "earlier-" + i / 10 : "new-" + i;
                Map<String, Object> vars = healthRequest(drive, person, "i693-" + i);
                requests.put(person, vars);
                if (i % 20 == 1) {
                    failing.add(person);
                    failingPackages.add(vars.get(VAR_PACKAGE).toString());
                }
            }
            ExecutorService users = Executors.newFixedThreadPool(BULK_USERS);
            long started = System.nanoTime();
            List<Result> results = new ArrayList<>();
            try {
                List<Future<Result>> starts = new ArrayList<>();
                requests.forEach((person, vars) -> starts.add(users.submit(() -> {
                    try {
                        return new Result(person, Outcome.STARTED, drive.start(vars), null);
                    } catch (OutsourcingRequestRefusedException e) {
                        return new Result(person, Outcome.REFUSED, null, e.getMessage());
                    } catch (RuntimeException e) {
                        if (failing.contains(person)) {
                            return new Result(person, Outcome.FAILED, null, e.toString());
                        }
                        throw e;
                    }
                })));
                for (Future<Result> f : starts) {
                    results.add(f.get());
                }
            } finally {
                users.shutdownNow();
            }
            long elapsed = System.nanoTime() - started;
            Map<Outcome, List<Result>> by = results.stream().collect(Collectors.groupingBy(Result::outcome));
            List<Result> startedResults = by.getOrDefault(Outcome.STARTED, List.of());
            List<Result> refused = by.getOrDefault(Outcome.REFUSED, List.of());
            List<Result> failed = by.getOrDefault(Outcome.FAILED, List.of());
            LOG.info("{} requests for {} persons at most on {} in {} ms: {} started, {} refused, {} failed after"
                    + " counting", BULK_REQUESTS, HEALTH_LIMIT, database.postgres() ? "PostgreSQL" : "H2",
                    elapsed / 1_000_000, startedResults.size(), refused.size(), failed.size());

            assertThat(startedResults.size() + refused.size() + failed.size()).as("no request lost")
                    .isEqualTo(BULK_REQUESTS);
            assertThat(startedResults).as("50 new persons and the 10 shared again").hasSize(HEALTH_LIMIT);
            assertThat(startedResults).filteredOn(r -> earlier.contains(r.person())).as("shared again at the limit")
                    .hasSize(10);
            assertThat(refused.size() + failed.size()).isEqualTo(BULK_REQUESTS - HEALTH_LIMIT);
            assertThat(refused).allSatisfy(r -> assertThat(r.message())
                    .contains("past the limit of " + HEALTH_LIMIT + " persons"));
            assertThat(failed).allSatisfy(r -> assertThat(failing).contains(r.person()));
            assertThat(Duration.ofNanos(elapsed)).isLessThan(Duration.ofMinutes(1));

            Set<String> startedPersons = startedResults.stream().map(Result::person).collect(Collectors.toSet());
            Set<String> stored = storedPersons(plain, "acme", DataCategory.HEALTH);
            assertThat(stored).as("exactly the limit, each person once").hasSize(HEALTH_LIMIT)
                    .containsAll(earlier).containsAll(startedPersons);
            assertThat(stored).as("nobody of a refused or failed start")
                    .doesNotContainAnyElementsOf(refused.stream().map(Result::person).toList())
                    .doesNotContainAnyElementsOf(failed.stream().map(Result::person).toList());

            Set<String> processes = startedResults.stream().map(Result::processId).collect(Collectors.toSet());
            processes.addAll(earlierProcesses);
            assertThat(engine.tasks().createTaskQuery().processDefinitionKey(OUTSOURCING_PROCESS)
                    .taskDefinitionKey("intakeTask").list()).extracting(Task::getProcessInstanceId)
                    .as("every started request waits for the vendor's intake").containsExactlyInAnyOrderElementsOf(processes);

            List<ComplianceAuditPort.Event> audit = List.copyOf(firm.audit);
            List<ComplianceAuditPort.BulkShareCounted> countedEvents = audit.stream()
                    .filter(ComplianceAuditPort.BulkShareCounted.class::isInstance)
                    .map(ComplianceAuditPort.BulkShareCounted.class::cast)
                    .filter(e -> processes.contains(e.processInstanceId())).toList();
            assertThat(countedEvents).extracting(ComplianceAuditPort.BulkShareCounted::processInstanceId)
                    .as("one count per started process").containsExactlyInAnyOrderElementsOf(processes);
            assertThat(countedEvents).allSatisfy(e -> {
                assertThat(e.vendorId()).isEqualTo("acme");
                assertThat(e.category()).isEqualTo(DataCategory.HEALTH);
                assertThat(e.limit()).isEqualTo(HEALTH_LIMIT);
            });
            assertThat(countedEvents.stream().filter(e -> e.newPersons() == 1)
                    .map(ComplianceAuditPort.BulkShareCounted::personsInWindow))
                    .as("each new person counted once, one after the other: 1 to 60 with none seen twice")
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, HEALTH_LIMIT).boxed().toList());
            assertThat(countedEvents).filteredOn(e -> e.newPersons() == 0).hasSize(10);
            // the in-memory audit is outside the engine's transaction; Alfresco's rolls back with the start
            assertThat(audit).filteredOn(e -> e instanceof ComplianceAuditPort.BulkShareCounted c
                    && !processes.contains(c.processInstanceId())).hasSize(failed.size());
            assertThat(audit).filteredOn(ComplianceAuditPort.SharingRefused.class::isInstance)
                    .hasSize(refused.size()).allSatisfy(e -> assertThat(((ComplianceAuditPort.SharingRefused) e)
                            .reasons()).containsExactly(RefusalReason.BULK_LIMIT_EXCEEDED));
            assertThat(audit).filteredOn(e -> e instanceof ComplianceAuditPort.BulkLimitWarning w
                    && processes.contains(w.processInstanceId()))
                    .as("a warning from 80% of the limit on: 48 to 60 persons")
                    .extracting(e -> ((ComplianceAuditPort.BulkLimitWarning) e).persons())
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(48, HEALTH_LIMIT).boxed().toList());
        }
    }

    /** A request for acme sharing one document with the health data of {@code person}. */
    private static Map<String, Object> healthRequest(OutsourcingDriver drive, String person, String name) {
        String doc = drive.caseDocument(Firm.CASE_WITH_CONSENT, name + ".pdf", DataCategory.HEALTH, Set.of(person));
        return drive.request(Firm.CASE_WITH_CONSENT, List.of(doc));
    }

    private static Set<String> storedPersons(DataSource db, String vendorId, DataCategory category)
            throws SQLException {
        Set<String> persons = new HashSet<>();
        try (Connection c = db.getConnection();
             var select = c.prepareStatement("SELECT person_id FROM lpodesk_bulk_person WHERE vendor_id = ?"
                     + " AND category = ?")) {
            select.setString(1, vendorId);
            select.setString(2, category.name());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    assertThat(persons.add(rs.getString(1))).as("one row per person").isTrue();
                }
            }
        }
        return persons;
    }

    private static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Completes whatever user task is open, as the firm and vendor users would, until every process ended. */
    private void driveAllToTheEnd(WorkflowEngine engine, OutsourcingDriver drive, ExecutorService users,
                                  long startedNanos) throws Exception {
        Set<String> inFlight = ConcurrentHashMap.newKeySet();
        while (engine.runtime().createProcessInstanceQuery().processDefinitionKey(OUTSOURCING_PROCESS).count() > 0) {
            if (System.nanoTime() - startedNanos > TIME_LIMIT.toNanos()) {
                throw new AssertionError("processes still running after " + TIME_LIMIT + ": "
                        + engine.runtime().createProcessInstanceQuery().count() + ", open tasks "
                        + engine.tasks().createTaskQuery().count() + ", jobs due "
                        + engine.management().createJobQuery().executable().list().stream()
                                .map(j -> j.getId() + " retries " + j.getRetries() + " due " + j.getDuedate() + " "
                                        + j.getExceptionMessage()).limit(5).toList()
                        + ", jobs without retries " + engine.management().createJobQuery().noRetriesLeft().count());
            }
            List<Task> open = engine.tasks().createTaskQuery().processDefinitionKey(OUTSOURCING_PROCESS).list();
            List<Future<?>> round = new ArrayList<>();
            for (Task task : open) {
                if (!inFlight.add(task.getId())) {
                    continue;
                }
                round.add(users.submit(() -> {
                    try {
                        act(engine, drive, task);
                    } catch (ActivitiOptimisticLockingException e) {
                        // another writer won: the task is looked at again in the next round
                    } finally {
                        inFlight.remove(task.getId());
                    }
                }));
            }
            for (Future<?> f : round) {
                f.get();
            }
            if (round.isEmpty()) {
                Thread.sleep(20); // waiting for the job executor, not for a timer
            }
        }
    }

    private void act(WorkflowEngine engine, OutsourcingDriver drive, Task task) {
        String pid = task.getProcessInstanceId();
        Map<String, Object> properties = new HashMap<>();
        String user;
        switch (task.getTaskDefinitionKey()) {
            case "intakeTask" -> {
                user = Firm.MANAGER;
                properties.put(VAR_INTAKE_OUTCOME, ACCEPT);
                properties.put(VAR_DRAFTING_ASSOCIATE, Firm.ASSOCIATE);
            }
            case "draftingTask" -> {
                user = Firm.ASSOCIATE;
                drive.firm.repository.addDocument(drive.folder(pid), "draft-" + pid + ".docx",
                        ConfidentialityLevel.CONFIDENTIAL, "draft of " + pid, Firm.ASSOCIATE);
                properties.put(VAR_HOURS_LOGGED, 1.5);
                properties.put(VAR_DRAFT_AI_USED, false);
            }
            case "lpoReviewTask" -> {
                user = Firm.REVIEWER;
                properties.put(VAR_LPO_REVIEW_OUTCOME, APPROVE);
            }
            case "firmReviewTask" -> {
                user = Firm.ATTORNEY;
                properties.put(VAR_FIRM_REVIEW_OUTCOME, APPROVE);
            }
            default -> throw new AssertionError("unexpected task " + task.getTaskDefinitionKey());
        }
        drive.firm.directory.runAs(user, () -> engine.complete(task.getId(), properties));
    }
}
