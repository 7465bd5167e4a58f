package org.lpodesk.workflow.bench;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.ExecutionListener;
import org.activiti.engine.delegate.JavaDelegate;
import org.activiti.engine.delegate.TaskListener;
import org.activiti.engine.runtime.Job;
import org.activiti.engine.task.Task;
import org.lpodesk.sharing.ConfidentialityLevel;
import org.lpodesk.workflow.Firm;
import org.lpodesk.workflow.WorkflowBeans;
import org.lpodesk.workflow.WorkflowEngine;

/**
 * Full outsourcing lifecycles per second on the real engine: immOutsourcing with LPO Desk's
 * beans (in-memory ports) against the same BPMN with no-op beans, in alternating batches after a
 * warm-up. Run from the repository root:
 *
 * <pre>
 * mvn -q -pl core -am install -DskipTests
 * mvn -q -pl platform-module test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.lpodesk.workflow.bench.WorkflowBenchmark [-Dexec.args="300 50 20"]
 * </pre>
 *
 * Arguments: warm-up lifecycles, lifecycles per batch, batches. Both engines run on H2 in memory
 * in one JVM with one driving thread, and both get the same request (a paralegal's document in a
 * package, vendor, task kind, case) and the same user actions; only the beans differ. Target: ours at least 0.8 × bare. Besides wall-clock time
 * it reports the driving thread's CPU time (everything runs on that thread), which other loads
 * on a shared machine disturb less, and the median of the per-batch ratios: a stall (a garbage
 * collection, a burst of other load) can triple one batch of either side, which moves the totals
 * but not the median.
 *
 * <p>With {@code -Dexec.args="--forks N"} each side runs alone in its own JVM, N times each in
 * A-B-B-A order, and the medians are compared: the two engines in one JVM share Activiti's
 * classes, so the JIT's profile of one side shapes the code the other side runs, which moves whole
 * runs by up to a third in either direction; separate JVMs remove that. Activiti's history level
 * is Alfresco's, "full", unless {@code -Dlpodesk.workflow.history=audit} (or another) is given.
 */
public final class WorkflowBenchmark {

    private WorkflowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[0].equals("--side")) {
            side(args[1].equals("bare"));
            return;
        }
        if (args.length > 1 && args[0].equals("--forks")) {
            forked(Integer.parseInt(args[1]));
            return;
        }
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int batches = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);

        Firm firm = new Firm(Instant.now());
        Map<Object, Object> noOps = noOpBeans();
        try (WorkflowEngine ours = WorkflowEngine.start(WorkflowEngine.Database.h2(), false,
                clock -> WorkflowBeans.create(firm.ports(firm.dueDates(clock)), clock), WorkflowEngine.OUTSOURCING_BPMN);
             WorkflowEngine bare = WorkflowEngine.start(WorkflowEngine.Database.h2(), false, clock -> noOps,
                     WorkflowEngine.OUTSOURCING_BPMN)) {
            ours.useRealTime();
            Lifecycles oursRun = new Lifecycles(ours, firm);
            Lifecycles bareRun = new Lifecycles(bare, firm);
            out.printf("warm-up: %d lifecycles each%n", warmup);
            oursRun.run(warmup, false);
            bareRun.run(warmup, true);

            // Small batches in A-B-B-A order: drift (a busy machine, growing history tables) hits both alike
            long oursNanos = 0;
            long bareNanos = 0;
            long oursCpuStart = oursRun.cpuNanos;
            long bareCpuStart = bareRun.cpuNanos;
            List<Double> ratios = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                boolean bareFirst = b % 2 == 1;
                long bareTime = 0;
                long oursTime = 0;
                if (bareFirst) {
                    bareTime = bareRun.time(batch, true);
                    oursTime = oursRun.time(batch, false);
                } else {
                    oursTime = oursRun.time(batch, false);
                    bareTime = bareRun.time(batch, true);
                }
                bareNanos += bareTime;
                oursNanos += oursTime;
                ratios.add((double) bareTime / oursTime);
            }
            double bareRate = (double) batch * batches / (bareNanos / 1e9);
            double oursRate = (double) batch * batches / (oursNanos / 1e9);
            double bareCpuRate = (double) batch * batches / ((bareRun.cpuNanos - bareCpuStart) / 1e9);
            double oursCpuRate = (double) batch * batches / ((oursRun.cpuNanos - oursCpuStart) / 1e9);
            out.printf("%d batches of %d full outsourcing lifecycles each (H2 in memory, one thread):%n", batches, batch);
            out.printf("  bare process, no-op beans : %.1f lifecycles/s%n", bareRate);
            out.printf("  LPO Desk beans            : %.1f lifecycles/s%n", oursRate);
            out.printf("  ratio                     : %.2f (median per batch %.2f; target >= 0.80)%n",
                    oursRate / bareRate, median(ratios));
            out.printf("  by CPU time of the thread : bare %.1f/s, ours %.1f/s, ratio %.2f%n",
                    bareCpuRate, oursCpuRate, oursCpuRate / bareCpuRate);
        }
    }

    private static final int SIDE_WARMUP = 400;
    private static final int SIDE_LIFECYCLES = 1000;

    /** One side alone in this JVM: prints its lifecycles per second, by wall clock and by CPU time. */
    private static void side(boolean bare) {
        Firm firm = new Firm(Instant.now());
        try (WorkflowEngine engine = bare
                ? WorkflowEngine.start(WorkflowEngine.Database.h2(), false, clock -> noOpBeans(),
                        WorkflowEngine.OUTSOURCING_BPMN)
                : WorkflowEngine.start(WorkflowEngine.Database.h2(), false,
                        clock -> WorkflowBeans.create(firm.ports(firm.dueDates(clock)), clock),
                        WorkflowEngine.OUTSOURCING_BPMN)) {
            if (!bare) {
                engine.useRealTime();
            }
            Lifecycles run = new Lifecycles(engine, firm);
            run.run(SIDE_WARMUP, bare);
            long cpuStart = run.cpuNanos;
            long nanos = run.time(SIDE_LIFECYCLES, bare);
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            out.printf(java.util.Locale.ROOT, "RESULT %.3f %.3f%n", SIDE_LIFECYCLES / (nanos / 1e9),
                    SIDE_LIFECYCLES / ((run.cpuNanos - cpuStart) / 1e9));
        }
    }

    /** Each side in JVMs of its own, {@code forks} times each, A-B-B-A. */
    private static void forked(int forks) throws Exception {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = classpath();
        String history = System.getProperty(WorkflowEngine.HISTORY_PROPERTY, "full");
        Map<Boolean, List<double[]>> results = new HashMap<>(Map.of(true, new ArrayList<>(), false, new ArrayList<>()));
        for (int i = 0; i < forks; i++) {
            for (boolean bare : i % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                Process p = new ProcessBuilder(java, "-D" + WorkflowEngine.HISTORY_PROPERTY + "=" + history, "-cp",
                        classpath, WorkflowBenchmark.class.getName(), "--side", bare ? "bare" : "ours")
                        .redirectErrorStream(true).start();
                String result = null;
                try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith("RESULT ")) {
                            result = line;
                        }
                    }
                }
                if (p.waitFor() != 0 || result == null) {
                    throw new IllegalStateException("the " + (bare ? "bare" : "ours") + " fork failed");
                }
                String[] f = result.split(" ");
                results.get(bare).add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
                out.printf("fork %d %-4s: %.1f lifecycles/s (CPU time: %.1f/s)%n", i + 1, bare ? "bare" : "ours",
                        Double.parseDouble(f[1]), Double.parseDouble(f[2]));
            }
        }
        double bareWall = median(column(results.get(true), 0));
        double oursWall = median(column(results.get(false), 0));
        double bareCpu = median(column(results.get(true), 1));
        double oursCpu = median(column(results.get(false), 1));
        out.printf("%d forks per side, %d lifecycles each after %d of warm-up (H2 in memory, history %s):%n",
                forks, SIDE_LIFECYCLES, SIDE_WARMUP, history);
        out.printf("  bare process, no-op beans : %.1f lifecycles/s (median)%n", bareWall);
        out.printf("  LPO Desk beans            : %.1f lifecycles/s (median)%n", oursWall);
        out.printf("  ratio                     : %.2f (by CPU time %.2f; target >= 0.80)%n", oursWall / bareWall,
                oursCpu / bareCpu);
    }

    private static List<Double> column(List<double[]> rows, int index) {
        return rows.stream().map(r -> r[index]).toList();
    }

    /** The test classpath this runs on, whether started by java -cp or by Maven's exec:java. */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader l = WorkflowBenchmark.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof java.net.URLClassLoader urls) {
                for (java.net.URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (java.net.URISyntaxException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return entries.isEmpty() ? System.getProperty("java.class.path")
                : String.join(java.io.File.pathSeparator, entries);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Every bean name of the BPMN bound to one bean that does nothing. */
    private static Map<Object, Object> noOpBeans() {
        NoOp noOp = new NoOp();
        Map<Object, Object> beans = new HashMap<>();
        for (Object name : WorkflowBeans.create(new Firm().ports(org.lpodesk.outsourcing.workflow.DueDateCheck.NONE), java.time.Clock.systemUTC()).keySet()) {
            beans.put(name, noOp);
        }
        return beans;
    }

    private static final class NoOp implements JavaDelegate, TaskListener, ExecutionListener {
        private static final long serialVersionUID = 1L;

        @Override
        public void execute(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateTask delegateTask) {
        }

        @Override
        public void notify(DelegateExecution execution) {
        }
    }

    /** Drives whole lifecycles: request, accept, share, draft, LPO review, firm approval, delivery. */
    private static final class Lifecycles {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        private final WorkflowEngine engine;
        private final Firm firm;
        private long cpuNanos;

        Lifecycles(WorkflowEngine engine, Firm firm) {
            this.engine = engine;
            this.firm = firm;
        }

        void run(int count, boolean bare) {
            time(count, bare);
        }

        long time(int count, boolean bare) {
            // each batch starts on a collected heap, so that neither side pays for the other's garbage
            System.gc();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                if (bare) {
                    bareLifecycle();
                } else {
                    lifecycle();
                }
            }
            long elapsed = System.nanoTime() - start;
            cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
            return elapsed;
        }

        /** A paralegal's request: a new document in a package, vendor, task kind, case. */
        private Map<String, Object> request() {
            String doc = firm.repository().addDocument(Firm.CASE_WITH_CONSENT, "exhibit.pdf",
                    ConfidentialityLevel.CONFIDENTIAL, "exhibit", Firm.PARALEGAL);
            Map<String, Object> vars = new HashMap<>();
            vars.put(VAR_PACKAGE, firm.repository().addPackage(List.of(doc)));
            vars.put(VAR_INITIATOR, Firm.PARALEGAL);
            vars.put(VAR_VENDOR_ID, "acme");
            vars.put(VAR_TASK_KIND, "EB1_PETITION");
            vars.put(VAR_CASE_ID, Firm.CASE_WITH_CONSENT);
            vars.put(VAR_WORKFLOW_PRIORITY, 2);
            return vars;
        }

        private void lifecycle() {
            Map<String, Object> vars = request();
            String pid = firm.directory().runAs(Firm.PARALEGAL,
                    () -> engine.runtime().startProcessInstanceByKey(OUTSOURCING_PROCESS, vars).getId());
            complete(pid, Firm.MANAGER, Map.of(VAR_INTAKE_OUTCOME, ACCEPT, VAR_DRAFTING_ASSOCIATE, Firm.ASSOCIATE), true);
            runJobs(pid);
            firm.repository().addDocument(firm.repository().folderOf(pid).orElseThrow().id(), "draft.docx",
                    ConfidentialityLevel.CONFIDENTIAL, "draft", Firm.ASSOCIATE);
            complete(pid, Firm.ASSOCIATE, Map.of(VAR_HOURS_LOGGED, 2.0), true);
            complete(pid, Firm.REVIEWER, Map.of(VAR_LPO_REVIEW_OUTCOME, APPROVE), true);
            complete(pid, Firm.ATTORNEY, Map.of(VAR_FIRM_REVIEW_OUTCOME, APPROVE), true);
            runJobs(pid);
            requireEnded(pid);
        }

        private void bareLifecycle() {
            // the same request as ours
            Map<String, Object> vars = request();
            // and what the process needs that no bean works out here
            Date due = Date.from(Instant.now().plusSeconds(7 * 86_400));
            vars.put(VAR_VENDOR_MANAGERS_GROUP, "GROUP_LPO_ACME_MANAGERS");
            vars.put(VAR_VENDOR_REVIEWERS_GROUP, "GROUP_LPO_ACME_REVIEWERS");
            vars.put(VAR_DUE_DATE, due);
            vars.put(VAR_REMINDER_DATE, due);
            vars.put(VAR_REVISION_ROUND, 0);
            vars.put(VAR_ASSOCIATE, Firm.ASSOCIATE);
            // no bean copies outcomes: the bare process is told its happy path up front
            vars.put(VAR_INTAKE_OUTCOME, ACCEPT);
            vars.put(VAR_LPO_REVIEW_OUTCOME, APPROVE);
            vars.put(VAR_FIRM_REVIEW_OUTCOME, APPROVE);
            String pid = firm.directory().runAs(Firm.PARALEGAL,
                    () -> engine.runtime().startProcessInstanceByKey(OUTSOURCING_PROCESS, vars).getId());
            // the same task properties as below, stored task-local as Alfresco's endTask stores them
            complete(pid, Firm.MANAGER, Map.of(VAR_INTAKE_OUTCOME, ACCEPT, VAR_DRAFTING_ASSOCIATE, Firm.ASSOCIATE), true);
            runJobs(pid);
            // the associate's draft, as in ours (no bean made an assignment folder: into the case)
            firm.repository().addDocument(Firm.CASE_WITH_CONSENT, "draft.docx", ConfidentialityLevel.CONFIDENTIAL,
                    "draft", Firm.ASSOCIATE);
            complete(pid, Firm.ASSOCIATE, Map.of(VAR_HOURS_LOGGED, 2.0), true);
            complete(pid, Firm.REVIEWER, Map.of(VAR_LPO_REVIEW_OUTCOME, APPROVE), true);
            complete(pid, Firm.ATTORNEY, Map.of(VAR_FIRM_REVIEW_OUTCOME, APPROVE), true);
            runJobs(pid);
            requireEnded(pid);
        }

        private void complete(String pid, String user, Map<String, Object> properties, boolean local) {
            Task task = engine.tasks().createTaskQuery().processInstanceId(pid).singleResult();
            firm.directory().runAs(user, () -> engine.tasks().complete(task.getId(), properties, local));
        }

        private void runJobs(String pid) {
            for (Job job : engine.management().createJobQuery().processInstanceId(pid).executable().list()) {
                engine.management().executeJob(job.getId());
            }
        }

        private void requireEnded(String pid) {
            if (engine.runtime().createProcessInstanceQuery().processInstanceId(pid).count() != 0) {
                throw new IllegalStateException("lifecycle " + pid + " did not end");
            }
        }
    }
}
