package org.lpodesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.activiti.engine.ActivitiOptimisticLockingException;
import org.activiti.engine.history.HistoricProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.lpodesk.outsourcing.workflow.NotificationPort.Kind;
import org.lpodesk.sharing.ConfidentialityLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many outsourcing processes at once on the engine with its job executor, as Alfresco runs them:
 * on PostgreSQL when LPODESK_TEST_PG_URL is set (.ci/run sets it), on H2 otherwise. The share
 * and deliver steps fail on purpose after doing part of their work (the repository keeps it, as
 * a store outside the engine's transaction would); the engine rolls back and retries, and the
 * counts at the end prove that nothing was shared or delivered twice, nothing is left shared and
 * no process was lost.
 */
class OutsourcingLoadAndFaultTest {

    private static final Logger LOG = LoggerFactory.getLogger(OutsourcingLoadAndFaultTest.class);
    private static final int PROCESSES = Integer.getInteger("lpodesk.load.processes", 500);
    private static final int DOCUMENTS_PER_REQUEST = 2;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(Integer.getInteger("lpodesk.load.timeLimitSeconds", 180));

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
