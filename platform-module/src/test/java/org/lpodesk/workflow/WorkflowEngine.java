package org.lpodesk.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.activiti.engine.ManagementService;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.RepositoryService;
import org.activiti.engine.RuntimeService;
import org.activiti.engine.TaskService;
import org.activiti.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.activiti.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.activiti.engine.impl.cfg.standalone.StandaloneMybatisTransactionContext;
import org.activiti.engine.impl.context.Context;
import org.activiti.engine.impl.db.DbSqlSession;
import org.activiti.engine.impl.jobexecutor.DefaultJobExecutor;
import org.activiti.engine.impl.util.DefaultClockImpl;
import org.activiti.engine.runtime.Clock;
import org.activiti.engine.runtime.Job;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;

/**
 * A real Activiti 5.23 engine with both LPO Desk processes deployed from platform-module's
 * resources, the core beans resolvable by simple class name, as in Alfresco.
 */
public final class WorkflowEngine implements AutoCloseable {

    /** System property naming Activiti's history level for engines started here (default: Alfresco's, full). */
    public static final String HISTORY_PROPERTY = "lpodesk.workflow.history";

    static final String WORKFLOW_DIR = "alfresco/module/lpodesk-platform/workflow/";
    public static final String OUTSOURCING_BPMN = WORKFLOW_DIR + "outsourcing.bpmn20.xml";
    static final String ATTORNEY_REVIEW_BPMN = WORKFLOW_DIR + "attorney-review.bpmn20.xml";
    static final String OBTAIN_NOTICE_BPMN = WORKFLOW_DIR + "obtain-notice.bpmn20.xml";

    /** Where the engine keeps its tables. */
    public record Database(String url, String user, String password, String schemaUpdate) {

        public static Database h2() {
            return new Database("jdbc:h2:mem:lpodesk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000",
                    "sa", "", "create-drop");
        }

        /** PostgreSQL when LPODESK_TEST_PG_URL is set (as .ci/run does), H2 otherwise. */
        public static Database fromEnvironment() {
            String url = System.getenv("LPODESK_TEST_PG_URL");
            if (url == null || url.isBlank()) {
                return h2();
            }
            return new Database(url, System.getenv("LPODESK_TEST_PG_USER"),
                    System.getenv("LPODESK_TEST_PG_PASSWORD"), "drop-create");
        }

        boolean postgres() {
            return url.startsWith("jdbc:postgresql:");
        }

        String driver() {
            return postgres() ? "org.postgresql.Driver" : "org.h2.Driver";
        }

        /**
         * Plain connections to the engine's database, apart from the engine's pool: what a store
         * needs beside the engine's transaction (the bulk-data counts create their tables and a
         * missing lock row on them) without queuing behind the commands that hold the pool.
         */
        public javax.sql.DataSource dataSource() {
            return new UnpooledDataSource(driver(), url, user, password);
        }
    }

    private final ProcessEngine engine;
    private final Clock clock;

    private WorkflowEngine(ProcessEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * @param beans        builds the bean map from the engine's clock
     * @param jobExecutor  whether the job executor runs (else tests execute jobs themselves)
     */
    public static WorkflowEngine start(Database database, boolean jobExecutor,
                                Function<java.time.Clock, Map<Object, Object>> beans, String... bpmnResources) {
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setJdbcUrl(database.url());
        config.setJdbcUsername(database.user());
        config.setJdbcPassword(database.password());
        config.setJdbcDriver(database.driver());
        config.setDatabaseSchemaUpdate(database.schemaUpdate());
        config.setJdbcMaxActiveConnections(20);
        // Alfresco's activiti-context.xml runs "full": the processes are tested as they run there
        config.setHistory(System.getProperty(HISTORY_PROPERTY, "full"));
        // the pictures are made by ProcessDiagrams; rendering one per deployment only costs time
        config.setCreateDiagramOnDeploy(false);
        config.setJobExecutorActivate(jobExecutor);
        if (jobExecutor) {
            // Alfresco runs the classic job executor; poll fast and retry failed jobs after a second
            DefaultJobExecutor executor = new DefaultJobExecutor();
            executor.setWaitTimeInMillis(100);
            executor.setMaxJobsPerAcquisition(8);
            executor.setCorePoolSize(4);
            executor.setMaxPoolSize(4);
            executor.setQueueSize(64);
            executor.setLockTimeInMillis(60_000);
            config.setJobExecutor(executor);
            config.setAsyncFailedJobWaitTime(1);
            config.setDefaultFailedJobWaitTime(1);
        }
        config.setAsyncExecutorEnabled(false);
        config.setAsyncExecutorActivate(false);
        // Standalone Activiti rolls a failed command back only when MyBatis itself wrote (a command
        // fails before its flush, so it usually has not), and closing the connection then commits
        // whatever else was written on it: the bulk-data counts of a start that failed after
        // counting. In Alfresco the Spring transaction rolls the connection back; so does this.
        config.setTransactionContextFactory(commandContext -> new StandaloneMybatisTransactionContext(commandContext) {
            @Override
            public void rollback() {
                super.rollback();
                if (commandContext.getSessions().containsKey(DbSqlSession.class)) {
                    getDbSqlSession().getSqlSession().rollback(true);
                }
            }
        });
        Clock clock = new DefaultClockImpl();
        config.setClock(clock);
        config.setBeans(beans.apply(new EngineClock(clock)));
        ProcessEngine engine = config.buildProcessEngine();
        var deployment = engine.getRepositoryService().createDeployment().name("lpodesk");
        for (String resource : bpmnResources.length == 0 ? new String[] {OUTSOURCING_BPMN, ATTORNEY_REVIEW_BPMN}
                : bpmnResources) {
            deployment.addClasspathResource(resource);
        }
        deployment.deploy();
        return new WorkflowEngine(engine, clock);
    }

    /**
     * The outsourcing and review processes on H2 with LPO Desk's beans over the firm's in-memory
     * ports, the engine's clock on Monday morning: where the process tests start.
     */
    static WorkflowEngine forFirm(Firm firm) {
        WorkflowEngine engine = start(Database.h2(), false,
                clock -> WorkflowBeans.create(firm.ports(firm.dueDates(clock)), clock));
        engine.setNow(Firm.MONDAY_MORNING);
        return engine;
    }

    ProcessEngine engine() {
        return engine;
    }

    /**
     * The connection of the command the calling delegate or listener runs in, the one the engine
     * commits or rolls back when the command ends: where a store joins the engine's transaction.
     */
    public static java.sql.Connection commandConnection() {
        return Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
    }

    public RuntimeService runtime() {
        return engine.getRuntimeService();
    }

    public TaskService tasks() {
        return engine.getTaskService();
    }

    /** The engine's own data source (the reports read the history tables with plain JDBC). */
    public javax.sql.DataSource dataSource() {
        return configuration().getDataSource();
    }

    public org.activiti.engine.HistoryService history() {
        return engine.getHistoryService();
    }

    RepositoryService repository() {
        return engine.getRepositoryService();
    }

    public ManagementService management() {
        return engine.getManagementService();
    }

    ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    Instant now() {
        return clock.getCurrentTime().toInstant();
    }

    void setNow(Instant instant) {
        clock.setCurrentTime(Date.from(instant));
    }

    /** Back to real time (Activiti's default clock is one per JVM: suites that fix it reset it). */
    public void useRealTime() {
        clock.reset();
    }

    /**
     * Sets the task's properties as task-local variables and completes it in one command, as
     * Alfresco's WorkflowService.endTask does in one transaction: a listener's refusal leaves the
     * task untouched.
     */
    void complete(String taskId, Map<String, Object> properties) {
        tasks().complete(taskId, properties, true);
    }

    /** Runs the jobs due now, in order, as the job executor would; returns how many ran or failed. */
    int executeDueJobs() {
        int ran = 0;
        for (int round = 0; round < 100; round++) {
            List<Job> due = management().createJobQuery().executable().orderByJobId().asc().list();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                ran++;
                try {
                    management().executeJob(job.getId());
                } catch (RuntimeException e) {
                    // the engine decremented the retries; the next round runs it again
                }
            }
        }
        throw new IllegalStateException("jobs still due after 100 rounds");
    }

    @Override
    public void close() {
        clock.reset();
        engine.close();
    }
}
