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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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
 * beans (in-memory ports) against the same BPMN with no-op beans. Run from the repository root:
 *
 * <pre>
 * mvn -q -pl core -am install -DskipTests
 * mvn -q -pl platform-module test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.lpodesk.workflow.bench.WorkflowBenchmark [-Dexec.args="--forks 5"]
 * </pre>
 *
 * Every side runs on H2 in memory with one driving thread, gets the same request (a paralegal's
 * document in a package, vendor, task kind, case) and the same user actions; only the beans
 * differ (see {@link Side}). Target: ours at least 0.9 × bare.
 *
 * <p>{@code --forks N} (the default, 5): each side runs alone in its own JVM, N times each in
 * A-B-B-A order, and the medians are compared: two engines in one JVM share Activiti's classes,
 * so the JIT's profile of one side shapes the code the other side runs, which moves whole runs by
 * up to a third in either direction; separate JVMs remove that. Each fork reports wall-clock
 * time, the driving thread's CPU time (everything runs on that thread), the same two over its
 * fastest quarter of 50-lifecycle batches (other load on a shared machine only slows a batch
 * down), and the bytes each lifecycle allocates, which that load does not move at all. Activiti's
 * history level is Alfresco's, "full", unless {@code -Dlpodesk.workflow.history=audit} (or
 * another) is given; {@code -Dlpodesk.bench.jfr=DIR} records each fork, {@code
 * -Dlpodesk.bench.db=postgres} runs on PostgreSQL.
 *
 * <p>{@code --rows}: the variables and history rows one lifecycle leaves on each side.
 * {@code --statements}: the SQL statements one lifecycle sends on each side, by kind and table,
 * with the rows the inserts carry.
 */
public final class WorkflowBenchmark {

    private WorkflowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[0].equals("--side")) {
            side(Side.valueOf(args[1].toUpperCase(Locale.ROOT)));
        } else if (args.length > 0 && args[0].equals("--rows")) {
            rows();
        } else if (args.length > 0 && args[0].equals("--statements")) {
            statements();
        } else {
            forked(args.length > 1 && args[0].equals("--forks") ? Integer.parseInt(args[1]) : 5);
        }
    }

    /** Lifecycles run before any is timed: at least, and at most while the JIT is still compiling. */
    private static final int SIDE_WARMUP = 1500;
    private static final int SIDE_WARMUP_MAX = 4000;
    private static final int SIDE_LIFECYCLES = 1000;

    /**
     * The three sides of the forked comparison. STORED is the bare process made to store what
     * ours stores (the case number and deadline, the assignment state with the hours, AI use and
     * delivery, the closing state, the approval record: the process variables at the start, the task-local ones with
     * the task that carries them) with no bean doing anything: what it loses against BARE is the
     * engine writing those facts at history "full"; what OURS loses against STORED is LPO Desk's code.
     */
    private enum Side {
        OURS, BARE, STORED,
        /**
         * What STORED would be if the reports read the case number and deadline from the case and
         * the closing state from the assignment state: the two process variables left (the
         * assignment and its folder) and the same task-local ones. Not a product side: it prices
         * that change before anyone makes it. Run with {@code -Dlpodesk.bench.lean=true}.
         */
        LEAN;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One side alone in this JVM: prints its lifecycles per second, by wall clock and by CPU time. */
    private static void side(Side side) {
        Firm firm = new Firm(Instant.now());
        try (WorkflowEngine engine = start(side, firm)) {
            Lifecycles run = new Lifecycles(engine, firm);
            int warmUp = run.warmUp(side);
            long cpuStart = run.cpuNanos;
            long allocatedStart = run.allocatedBytes;
            long nanos = run.time(SIDE_LIFECYCLES, side);
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            out.printf(Locale.ROOT, "RESULT %.3f %.3f %.1f %.3f %.3f %d%n", SIDE_LIFECYCLES / (nanos / 1e9),
                    SIDE_LIFECYCLES / ((run.cpuNanos - cpuStart) / 1e9),
                    (run.allocatedBytes - allocatedStart) / 1024.0 / SIDE_LIFECYCLES,
                    run.fastestQuarter(0), run.fastestQuarter(1), warmUp);
        }
    }

    /**
     * H2 in memory, or with {@code -Dlpodesk.bench.db=postgres} the PostgreSQL database that
     * LPODESK_TEST_PG_URL, _USER and _PASSWORD name (emptied at each fork's start): Alfresco's
     * engine writes to a database server, where a row costs less against a statement than in H2.
     */
    private static WorkflowEngine.Database database() {
        if ("postgres".equals(System.getProperty(DB_PROPERTY))) {
            WorkflowEngine.Database pg = WorkflowEngine.Database.fromEnvironment();
            if (!pg.url().startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("-D" + DB_PROPERTY + "=postgres needs LPODESK_TEST_PG_URL");
            }
            return pg;
        }
        return WorkflowEngine.Database.h2();
    }

    private static final String DB_PROPERTY = "lpodesk.bench.db";

    private static WorkflowEngine start(Side side, Firm firm) {
        return start(side, firm, database());
    }

    private static WorkflowEngine start(Side side, Firm firm, WorkflowEngine.Database database) {
        WorkflowEngine engine = side == Side.OURS
                ? WorkflowEngine.start(database, false,
                        clock -> WorkflowBeans.create(firm.ports(firm.dueDates(clock)), clock),
                        WorkflowEngine.OUTSOURCING_BPMN)
                : WorkflowEngine.start(database, false, clock -> noOpBeans(),
                        WorkflowEngine.OUTSOURCING_BPMN);
        engine.useRealTime();
        return engine;
    }

    /** What one lifecycle leaves in Activiti's tables on each side: where the engine's extra work goes. */
    private static void rows() {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        for (Side side : Side.values()) {
            Firm firm = new Firm(Instant.now());
            try (WorkflowEngine engine = start(side, firm)) {
                new Lifecycles(engine, firm).run(1, side);
                var history = engine.history();
                out.printf("%s: %d variables (%d updates in history), %d activities, %d tasks%n", side.label(),
                        history.createHistoricVariableInstanceQuery().count(),
                        history.createHistoricDetailQuery().variableUpdates().count(),
                        history.createHistoricActivityInstanceQuery().count(),
                        history.createHistoricTaskInstanceQuery().count());
                Map<String, Long> updates = history.createHistoricDetailQuery().variableUpdates().list().stream()
                        .map(d -> (org.activiti.engine.history.HistoricVariableUpdate) d)
                        .collect(java.util.stream.Collectors.groupingBy(
                                d -> (d.getTaskId() == null ? "process " : "task    ") + d.getVariableName(),
                                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
                updates.forEach((name, n) -> out.printf("    %s%s%n", name, n > 1 ? " (written " + n + " times)" : ""));
                out.printf("  rows left: %s%n", new java.util.TreeMap<>(engine.management().getTableCount()));
            }
        }
    }

    /**
     * The SQL statements one lifecycle sends on each side (H2, after a few lifecycles that fill
     * the engine's caches), by kind and table, with the rows the inserts carry: what the engine
     * does more on one side than on another, independent of the machine's load.
     */
    private static void statements() {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        StatementLog log = StatementLog.register();
        Map<Side, Map<String, StatementLog.Count>> bySide = new EnumMap<>(Side.class);
        try {
            for (Side side : Side.values()) {
                Firm firm = new Firm(Instant.now());
                WorkflowEngine.Database h2 = WorkflowEngine.Database.h2();
                WorkflowEngine.Database counted = new WorkflowEngine.Database(
                        StatementLog.PREFIX + h2.url().substring("jdbc:".length()), h2.user(), h2.password(),
                        h2.schemaUpdate());
                try (WorkflowEngine engine = start(side, firm, counted)) {
                    Lifecycles run = new Lifecycles(engine, firm);
                    run.run(5, side);
                    log.record();
                    run.run(1, side);
                    bySide.put(side, log.stop());
                }
            }
        } finally {
            log.deregister();
        }
        java.util.SortedSet<String> kinds = new java.util.TreeSet<>();
        bySide.values().forEach(counts -> kinds.addAll(counts.keySet()));
        out.printf("statements (rows inserted) in one lifecycle%n%-34s", "");
        for (Side side : Side.values()) {
            out.printf("%14s", side.label());
        }
        out.println();
        int[] statements = new int[Side.values().length];
        int[] rows = new int[Side.values().length];
        for (String kind : kinds) {
            out.printf("  %-32s", kind);
            for (Side side : Side.values()) {
                StatementLog.Count c = bySide.get(side).getOrDefault(kind, new StatementLog.Count(0, 0));
                out.printf("%14s", c.rows() > 0 ? c.statements() + " (" + c.rows() + ")" : c.statements());
                statements[side.ordinal()] += c.statements();
                rows[side.ordinal()] += c.rows();
            }
            out.println();
        }
        out.printf("  %-32s", "all");
        for (Side side : Side.values()) {
            out.printf("%14s", statements[side.ordinal()] + " (" + rows[side.ordinal()] + ")");
        }
        out.println();
    }

    /**
     * Each side in JVMs of its own, {@code forks} times each, A-B-B-A. With
     * {@code -Dlpodesk.bench.jfr=DIR} every fork also writes a flight recording (profile settings)
     * to DIR/fork-N-SIDE.jfr, to see what makes one fork slower than another.
     */
    private static void forked(int forks) throws Exception {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = classpath();
        String history = System.getProperty(WorkflowEngine.HISTORY_PROPERTY, "full");
        String jfr = System.getProperty("lpodesk.bench.jfr");
        String database = System.getProperty(DB_PROPERTY, "h2");
        Map<Side, List<double[]>> results = new EnumMap<>(Side.class);
        for (int i = 0; i < forks; i++) {
            List<Side> order = new ArrayList<>(List.of(Side.OURS, Side.BARE, Side.STORED));
            if (Boolean.getBoolean("lpodesk.bench.lean")) {
                order.add(Side.LEAN);
            }
            if (i % 2 == 1) {
                Collections.reverse(order);
            }
            for (Side side : order) {
                List<String> command = new ArrayList<>(List.of(java, "-D" + WorkflowEngine.HISTORY_PROPERTY + "=" + history,
                        "-D" + DB_PROPERTY + "=" + database));
                if (jfr != null) {
                    command.add("-XX:StartFlightRecording=settings=profile,filename="
                            + Path.of(jfr, "fork-" + (i + 1) + "-" + side.label() + ".jfr"));
                }
                command.addAll(List.of("-cp", classpath, WorkflowBenchmark.class.getName(), "--side", side.label()));
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
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
                    throw new IllegalStateException("the " + side.label() + " fork failed");
                }
                String[] f = result.split(" ");
                double[] rates = new double[f.length - 1];
                for (int r = 0; r < rates.length; r++) {
                    rates[r] = Double.parseDouble(f[r + 1]);
                }
                results.computeIfAbsent(side, s -> new ArrayList<>()).add(rates);
                out.printf(Locale.ROOT, "fork %d %-6s: %.1f lifecycles/s (CPU time: %.1f/s; fastest quarter %.1f/s,"
                        + " CPU %.1f/s; %.0f KB allocated each; after %.0f of warm-up)%n",
                        i + 1, side.label(), rates[0], rates[1], rates[3], rates[4], rates[2], rates[5]);
            }
        }
        out.printf("%d forks per side, %d lifecycles each after %d to %d of warm-up, until the JIT settled (%s, history %s)%n",
                forks, SIDE_LIFECYCLES, SIDE_WARMUP, SIDE_WARMUP_MAX,
                database.equals("postgres") ? "PostgreSQL" : "H2 in memory", history);
        out.printf("                                        min / median / max%n");
        out.printf("  bare process, no-op beans           : %s lifecycles/s (CPU time %s)%n",
                spread(column(results.get(Side.BARE), 0), "%.1f"), spread(column(results.get(Side.BARE), 1), "%.1f"));
        out.printf("  bare, storing what LPO Desk stores  : %s lifecycles/s (CPU time %s)%n",
                spread(column(results.get(Side.STORED), 0), "%.1f"), spread(column(results.get(Side.STORED), 1), "%.1f"));
        out.printf("  LPO Desk beans                      : %s lifecycles/s (CPU time %s)%n",
                spread(column(results.get(Side.OURS), 0), "%.1f"), spread(column(results.get(Side.OURS), 1), "%.1f"));
        // the sides of one fork round ran back to back: their ratio sees the same machine
        out.printf("  ours / bare, per round              : %s (target >= 0.90; by CPU time %s)%n",
                spread(ratios(results, Side.OURS, Side.BARE, 0), "%.2f"), spread(ratios(results, Side.OURS, Side.BARE, 1), "%.2f"));
        out.printf("  stored / bare (the engine's writes) : %s (by CPU time %s)%n",
                spread(ratios(results, Side.STORED, Side.BARE, 0), "%.2f"), spread(ratios(results, Side.STORED, Side.BARE, 1), "%.2f"));
        out.printf("  ours / stored (LPO Desk's code)     : %s (by CPU time %s)%n",
                spread(ratios(results, Side.OURS, Side.STORED, 0), "%.2f"), spread(ratios(results, Side.OURS, Side.STORED, 1), "%.2f"));
        // the same, over each fork's fastest quarter of batches: what other load spared
        out.printf("  fastest quarter of %d-lifecycle batches, lifecycles/s by wall clock and by CPU time:%n",
                Lifecycles.BATCH);
        for (Side side : List.of(Side.BARE, Side.STORED, Side.OURS)) {
            out.printf("    %-6s                            : %s (CPU time %s)%n", side.label(),
                    spread(column(results.get(side), 3), "%.1f"), spread(column(results.get(side), 4), "%.1f"));
        }
        out.printf("    ours / bare, per round            : %s (by CPU time %s)%n",
                spread(ratios(results, Side.OURS, Side.BARE, 3), "%.2f"), spread(ratios(results, Side.OURS, Side.BARE, 4), "%.2f"));
        out.printf("    stored / bare                     : %s (by CPU time %s)%n",
                spread(ratios(results, Side.STORED, Side.BARE, 3), "%.2f"), spread(ratios(results, Side.STORED, Side.BARE, 4), "%.2f"));
        out.printf("    ours / stored                     : %s (by CPU time %s)%n",
                spread(ratios(results, Side.OURS, Side.STORED, 3), "%.2f"), spread(ratios(results, Side.OURS, Side.STORED, 4), "%.2f"));
        // what the machine's other load does not move: the bytes each lifecycle allocates
        out.printf("  KB allocated per lifecycle          : bare %s, stored %s, ours %s%n",
                spread(column(results.get(Side.BARE), 2), "%.0f"), spread(column(results.get(Side.STORED), 2), "%.0f"),
                spread(column(results.get(Side.OURS), 2), "%.0f"));
        if (results.containsKey(Side.LEAN)) {
            out.printf("  lean (facts from the case), lifecycles/s: %s; lean / bare, per round: %s (by CPU time %s);"
                    + " KB allocated %s%n", spread(column(results.get(Side.LEAN), 0), "%.1f"),
                    spread(ratios(results, Side.LEAN, Side.BARE, 0), "%.2f"),
                    spread(ratios(results, Side.LEAN, Side.BARE, 1), "%.2f"), spread(column(results.get(Side.LEAN), 2), "%.0f"));
        }
    }

    private static List<Double> ratios(Map<Side, List<double[]>> results, Side top, Side bottom, int index) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < results.get(top).size(); i++) {
            ratios.add(results.get(top).get(i)[index] / results.get(bottom).get(i)[index]);
        }
        return ratios;
    }

    private static String spread(List<Double> values, String format) {
        String f = format + " / " + format + " / " + format;
        return String.format(Locale.ROOT, f, Collections.min(values), median(values), Collections.max(values));
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
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
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
        /** Lifecycles per timed batch: short enough that a burst of other load spoils only some. */
        static final int BATCH = 50;

        private final WorkflowEngine engine;
        private final Firm firm;
        private long cpuNanos;
        private long allocatedBytes;
        /** Wall-clock and CPU nanoseconds of each whole batch of {@link #BATCH} lifecycles timed. */
        private final List<long[]> batches = new ArrayList<>();

        Lifecycles(WorkflowEngine engine, Firm firm) {
            this.engine = engine;
            this.firm = firm;
        }

        void run(int count, Side side) {
            time(count, side);
        }

        /**
         * Runs {@code SIDE_WARMUP} lifecycles, then more while the JIT still spends a tenth of a
         * batch's time compiling, {@code SIDE_WARMUP_MAX} at most. The compilers take a third of
         * the CPU for the first thousand lifecycles or so (longer on a loaded machine, and longer
         * for ours, which runs more code): timed during that, a side ran partly in the interpreter
         * and in code compiled before its profile was complete, which moved forks of one side by a
         * third. (The compilation time counts when a compilation ends, so a batch that looks quiet
         * may still have a long one under way: hence the fixed minimum.)
         *
         * @return how many lifecycles it ran
         */
        int warmUp(Side side) {
            java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
            int done = 0;
            while (done < SIDE_WARMUP_MAX) {
                long compiledMillis = measurable ? jit.getTotalCompilationTime() : 0;
                long start = System.nanoTime();
                for (int i = 0; i < BATCH; i++) {
                    lifecycle(side);
                }
                done += BATCH;
                double batchMillis = (System.nanoTime() - start) / 1e6;
                if (done >= SIDE_WARMUP
                        && (!measurable || jit.getTotalCompilationTime() - compiledMillis < batchMillis / 10)) {
                    return done;
                }
            }
            return done;
        }

        private void lifecycle(Side side) {
            switch (side) {
                case OURS -> lifecycle();
                case BARE -> bareLifecycle(false, false);
                case STORED -> bareLifecycle(true, false);
                case LEAN -> bareLifecycle(true, true);
            }
        }

        long time(int count, Side side) {
            // each batch starts on a collected heap, so that neither side pays for the other's garbage
            System.gc();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long allocatedStart = allocated();
            long start = System.nanoTime();
            long batchStart = start;
            long batchCpuStart = cpuStart;
            for (int i = 0; i < count; i++) {
                lifecycle(side);
                if ((i + 1) % BATCH == 0) {
                    long now = System.nanoTime();
                    long cpuNow = THREADS.getCurrentThreadCpuTime();
                    batches.add(new long[] {now - batchStart, cpuNow - batchCpuStart});
                    batchStart = now;
                    batchCpuStart = cpuNow;
                }
            }
            long elapsed = System.nanoTime() - start;
            cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
            allocatedBytes += allocated() - allocatedStart;
            return elapsed;
        }

        /**
         * Lifecycles per second over the fastest quarter of the batches timed, by wall clock
         * ({@code index} 0) or CPU time (1): other load on a shared machine only ever slows a batch
         * down, so the fastest ones are nearest to what the work itself costs.
         */
        double fastestQuarter(int index) {
            List<Long> nanos = new ArrayList<>();
            batches.forEach(b -> nanos.add(b[index]));
            Collections.sort(nanos);
            int quarter = Math.max(1, nanos.size() / 4);
            long sum = 0;
            for (int i = 0; i < quarter; i++) {
                sum += nanos.get(i);
            }
            return quarter * BATCH / (sum / 1e9);
        }

        /** Bytes the driving thread allocated so far (HotSpot counts them per thread; 0 elsewhere). */
        private static long allocated() {
            return THREADS instanceof com.sun.management.ThreadMXBean hotSpot
                    ? hotSpot.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
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
            complete(pid, Firm.ASSOCIATE, Map.of(VAR_HOURS_LOGGED, 2.0, VAR_DRAFT_AI_USED, false), true);
            complete(pid, Firm.REVIEWER, Map.of(VAR_LPO_REVIEW_OUTCOME, APPROVE), true);
            complete(pid, Firm.ATTORNEY, Map.of(VAR_FIRM_REVIEW_OUTCOME, APPROVE), true);
            runJobs(pid);
            requireEnded(pid);
        }

        /**
         * The same request and user actions with no bean at work; with {@code stored}, the process
         * also stores what LPO Desk's beans store in a lifecycle (the process variables once, with
         * their final values, at the start; the task-local ones with the task that carries them).
         */
        private void bareLifecycle(boolean stored, boolean lean) {
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
            if (stored) {
                String assignment = "requester=paula\nrequestedAt=2026-03-02T14:00:00.123456Z\n"
                        + "vendorSite=lpo-acme\nvendorAssociatesGroup=GROUP_LPO_ACME_ASSOCIATES\n"
                        + "sharedDocuments=doc-1\ndrafters=asha\ntotalHours=2.0\ndeliveredVersions=doc-2:1.0";
                if (lean) {
                    // the closing state kept in the assignment state too; the case number and deadline
                    // read from the case
                    vars.put("immwf_assignment", assignment + "\nclosedAs=" + CLOSED_DELIVERED);
                } else {
                    vars.put(VAR_CASE_NUMBER, "IMM-2026-00014");
                    vars.put(VAR_CASE_DEADLINE, due);
                    vars.put("immwf_assignment", assignment);
                    vars.put(VAR_CLOSED_AS, CLOSED_DELIVERED);
                }
                vars.put(VAR_ASSIGNMENT_FOLDER, "folder-1");
            }
            String pid = firm.directory().runAs(Firm.PARALEGAL,
                    () -> engine.runtime().startProcessInstanceByKey(OUTSOURCING_PROCESS, vars).getId());
            // the same task properties as ours, stored task-local as Alfresco's endTask stores them
            Map<String, Object> intake = new HashMap<>(Map.of(VAR_INTAKE_OUTCOME, ACCEPT,
                    VAR_DRAFTING_ASSOCIATE, Firm.ASSOCIATE));
            Map<String, Object> firmReview = new HashMap<>(Map.of(VAR_FIRM_REVIEW_OUTCOME, APPROVE));
            if (stored) {
                intake.put(VAR_DOCUMENTS_TO_SHARE, "exhibit.pdf");
                firmReview.put(VAR_APPROVED_BY, Firm.ATTORNEY);
                firmReview.put(VAR_APPROVED_VERSIONS, "doc-2:1.0");
            }
            complete(pid, Firm.MANAGER, intake, true);
            runJobs(pid);
            // the associate's draft, as in ours (no bean made an assignment folder: into the case)
            firm.repository().addDocument(Firm.CASE_WITH_CONSENT, "draft.docx", ConfidentialityLevel.CONFIDENTIAL,
                    "draft", Firm.ASSOCIATE);
            complete(pid, Firm.ASSOCIATE, Map.of(VAR_HOURS_LOGGED, 2.0, VAR_DRAFT_AI_USED, false), true);
            complete(pid, Firm.REVIEWER, Map.of(VAR_LPO_REVIEW_OUTCOME, APPROVE), true);
            complete(pid, Firm.ATTORNEY, firmReview, true);
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
