package org.lpodesk.outsourcing.report;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.activiti.engine.ManagementService;
import org.activiti.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.activiti.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.activiti.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.activiti.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.outsourcing.TaskKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the outsourcing tasks from Activiti's history alone: the {@code immOutsourcing} process
 * instances, their user tasks and the variables every process has always recorded (vendor, kind,
 * case, due date, outcomes, hours, closing state). Nothing is prepared at process time for the
 * reports, so a restart loses nothing and processes that ran before the reports existed count like
 * new ones.
 *
 * <p>Three queries per report, whatever its size, with plain JDBC on the engine's data source: the process instances, their variables
 * (only the names read here, so the package and document lists never travel) and their decision
 * tasks, each selected by joining the same process criteria. One query per process would be
 * 10,000 round trips for a busy year; the joins use the history tables' process-instance indexes.
 * Table names come from the engine, so a configured table prefix is honoured.
 */
public final class ActivitiTaskHistory implements TaskHistory {

    private static final Logger LOG = LoggerFactory.getLogger(ActivitiTaskHistory.class);

    static final String INTAKE_TASK = "intakeTask";
    static final String DRAFTING_TASK = "draftingTask";
    static final String LPO_REVIEW_TASK = "lpoReviewTask";
    /** Activiti's delete reason of a task that was completed (not removed by a cancel or a deletion). */
    private static final String COMPLETED = "completed";

    /** The variables read: none is report-specific, every one is what the process always wrote. */
    private static final List<String> VARIABLES = List.of(VAR_VENDOR_ID, VAR_TASK_KIND, VAR_CASE_ID, VAR_CASE_NUMBER,
            VAR_CASE_DEADLINE, VAR_DUE_DATE, VAR_REVISION_ROUND, VAR_CLOSED_AS, VAR_HOURS_LOGGED_TOTAL, VAR_HOURS_LOGGED, VAR_INTAKE_OUTCOME, VAR_LPO_REVIEW_OUTCOME,
            VAR_FIRM_REVIEW_OUTCOME, VAR_APPROVED_BY);
    private static final List<String> TASKS = List.of(INTAKE_TASK, DRAFTING_TASK, LPO_REVIEW_TASK, FIRM_REVIEW_TASK);
    /** Value types read without the engine's command context (they live in the row, not in a byte array). */
    private static final Set<String> ROW_TYPES = Set.of("string", "integer", "long", "short", "double", "date",
            "boolean", "null");

    private final DataSource dataSource;
    private final ManagementService management;

    /**
     * @param dataSource the engine's own (in Alfresco its transaction-aware data source): the rows are
     *                   read with plain JDBC, not as engine entities, because an engine command that
     *                   loads 150,000 variable entities compares each with its snapshot when it ends,
     *                   which was most of a year's report on ACS
     */
    public ActivitiTaskHistory(DataSource dataSource, ManagementService management) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.management = Objects.requireNonNull(management, "management");
    }

    /** A historic process instance, as the report needs it. */
    private record ProcessRow(String id, Date start, Date end) {
    }

    /** A historic user task, as the report needs it. */
    private record TaskRow(String id, String processId, String key, String assignee, Date start, Date end,
                           String deleteReason) {
    }

    @Override
    public List<OutsourcedTask> tasks(Instant fromInclusive, Instant toExclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        String processes = table(HistoricProcessInstanceEntity.class);
        String definitions = table(ProcessDefinitionEntity.class);
        // requested in the range, or ended in it (a delivery in the range brings its hours and cost)
        String selected = " INNER JOIN " + definitions + " D ON D.ID_ = P.PROC_DEF_ID_"
                + " WHERE D.KEY_ = ? AND P.START_TIME_ < ? AND (P.START_TIME_ >= ? OR P.END_TIME_ >= ?)";
        Timestamp from = Timestamp.from(fromInclusive);
        Timestamp to = Timestamp.from(toExclusive);

        List<ProcessRow> instances = new ArrayList<>();
        Map<String, Map<String, Object>> processVars = new HashMap<>();
        Map<String, Map<String, Object>> taskVars = new HashMap<>();
        Map<String, List<TaskRow>> tasksByProcess = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            query(c, "SELECT P.PROC_INST_ID_, P.START_TIME_, P.END_TIME_ FROM " + processes + " P" + selected, from, to,
                    rs -> instances.add(new ProcessRow(rs.getString(1), rs.getTimestamp(2), rs.getTimestamp(3))));
            if (instances.isEmpty()) {
                return List.of();
            }
            query(c, "SELECT V.PROC_INST_ID_, V.TASK_ID_, V.NAME_, V.VAR_TYPE_, V.TEXT_, V.LONG_, V.DOUBLE_ FROM "
                    + table(HistoricVariableInstanceEntity.class) + " V INNER JOIN " + processes
                    + " P ON V.PROC_INST_ID_ = P.PROC_INST_ID_" + selected + " AND V.NAME_ IN (" + literals(VARIABLES) + ")",
                    from, to, rs -> {
                        String type = rs.getString(4);
                        if (!ROW_TYPES.contains(type)) {
                            return; // a value too long for its row (a long assignment state): not one the reports need
                        }
                        String task = rs.getString(2);
                        Map<String, Map<String, Object>> scope = task == null ? processVars : taskVars;
                        scope.computeIfAbsent(task == null ? rs.getString(1) : task, k -> new HashMap<>())
                                .put(rs.getString(3), value(type, rs));
                    });
            query(c, "SELECT T.ID_, T.PROC_INST_ID_, T.TASK_DEF_KEY_, T.ASSIGNEE_, T.START_TIME_, T.END_TIME_,"
                    + " T.DELETE_REASON_ FROM " + table(HistoricTaskInstanceEntity.class) + " T INNER JOIN " + processes
                    + " P ON T.PROC_INST_ID_ = P.PROC_INST_ID_" + selected + " AND T.TASK_DEF_KEY_ IN ("
                    + literals(TASKS) + ")", from, to, rs -> {
                        TaskRow t = new TaskRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getTimestamp(5), rs.getTimestamp(6), rs.getString(7));
                        tasksByProcess.computeIfAbsent(t.processId(), k -> new ArrayList<>()).add(t);
                    });
        } catch (SQLException e) {
            throw new IllegalStateException(Messages.format("history.unreadable", e.getMessage()), e);
        }

        List<OutsourcedTask> result = new ArrayList<>(instances.size());
        for (ProcessRow p : instances) {
            OutsourcedTask task = task(p, processVars.getOrDefault(p.id(), Map.of()),
                    tasksByProcess.getOrDefault(p.id(), List.of()), taskVars);
            if (task != null) {
                result.add(task);
            }
        }
        result.sort(Comparator.comparing(OutsourcedTask::requestedAt).thenComparing(OutsourcedTask::processId));
        return result;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, Timestamp from, Timestamp to, RowReader reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, OUTSOURCING_PROCESS);
            ps.setTimestamp(2, to);
            ps.setTimestamp(3, from);
            ps.setTimestamp(4, from);
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** A variable's value as Activiti's own types store it in the row (columns TEXT_, LONG_, DOUBLE_). */
    private static Object value(String type, ResultSet rs) throws SQLException {
        long number = rs.getLong(6);
        boolean noNumber = rs.wasNull();
        return switch (type) {
            case "string" -> rs.getString(5);
            case "integer" -> noNumber ? null : (int) number;
            case "long" -> noNumber ? null : number;
            case "short" -> noNumber ? null : (short) number;
            case "boolean" -> noNumber ? null : number == 1;
            case "date" -> noNumber ? null : new Date(number);
            case "double" -> {
                double d = rs.getDouble(7);
                yield rs.wasNull() ? null : d;
            }
            default -> null;
        };
    }

    private OutsourcedTask task(ProcessRow p, Map<String, Object> vars, List<TaskRow> tasks,
                                Map<String, Map<String, Object>> taskVars) {
        String vendor = text(vars.get(VAR_VENDOR_ID));
        String kindName = text(vars.get(VAR_TASK_KIND));
        if (vendor == null || kindName == null) {
            return null; // a request the check refused never started; nothing else lacks these
        }
        TaskKind kind;
        try {
            kind = TaskKind.valueOf(kindName);
        } catch (IllegalArgumentException e) {
            LOG.warn(Messages.format("history.kind.unknown", p.id(), kindName));
            return null;
        }
        List<TaskRow> done = tasks.stream()
                .filter(t -> t.end() != null && COMPLETED.equals(t.deleteReason()))
                .sorted(TASK_ORDER).toList();
        String closedAs = text(vars.get(VAR_CLOSED_AS));
        Instant acceptedAt = null;
        Instant deliveredAt = null;
        int lpoReturns = 0;
        int changeRequests = 0;
        Instant approvedAt = null;
        String approvedBy = null;
        BigDecimal draftedHours = BigDecimal.ZERO;
        List<OutsourcedTask.FirmReview> reviews = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            TaskRow t = done.get(i);
            Map<String, Object> local = taskVars.getOrDefault(t.id(), Map.of());
            String next = i + 1 < done.size() ? done.get(i + 1).key() : null;
            switch (t.key()) {
                case INTAKE_TASK -> {
                    String outcome = outcome(local, VAR_INTAKE_OUTCOME,
                            next != null ? ACCEPT : text(vars.get(VAR_INTAKE_OUTCOME)));
                    if (ACCEPT.equals(outcome) && acceptedAt == null) {
                        acceptedAt = t.end().toInstant();
                    }
                }
                case DRAFTING_TASK -> {
                    if (local.get(VAR_HOURS_LOGGED) instanceof Number n) {
                        draftedHours = draftedHours.add(BigDecimal.valueOf(n.doubleValue()));
                    }
                }
                case LPO_REVIEW_TASK -> {
                    // without its variable, the next task says it: the firm's review follows an approval
                    String outcome = outcome(local, VAR_LPO_REVIEW_OUTCOME,
                            FIRM_REVIEW_TASK.equals(next) ? APPROVE : next != null ? RETURN : null);
                    if (APPROVE.equals(outcome)) {
                        deliveredAt = deliveredAt == null ? t.end().toInstant() : deliveredAt;
                    } else if (RETURN.equals(outcome)) {
                        lpoReturns++;
                    }
                }
                default -> { // the firm review
                    String inferred = next != null ? REQUEST_CHANGES
                            : CLOSED_DELIVERED.equals(closedAs) ? APPROVE : CLOSED_CANCELLED.equals(closedAs) ? CANCEL : null;
                    String outcome = outcome(local, VAR_FIRM_REVIEW_OUTCOME, inferred);
                    if (outcome == null) {
                        continue;
                    }
                    String attorney = APPROVE.equals(outcome) && text(local.get(VAR_APPROVED_BY)) != null
                            ? text(local.get(VAR_APPROVED_BY)) : t.assignee();
                    reviews.add(new OutsourcedTask.FirmReview(attorney, t.start().toInstant(),
                            t.end().toInstant(), outcome));
                    if (REQUEST_CHANGES.equals(outcome)) {
                        changeRequests++;
                    } else if (APPROVE.equals(outcome)) {
                        approvedAt = t.end().toInstant();
                        approvedBy = attorney;
                    }
                }
            }
        }
        if (vars.get(VAR_REVISION_ROUND) instanceof Number round && round.intValue() > changeRequests) {
            changeRequests = round.intValue(); // the rounds the process counted, should a review's variables be gone
        }
        OutsourcedTask.Status status = status(p, closedAs, acceptedAt);
        return new OutsourcedTask(p.id(), vendor, kind, text(vars.get(VAR_CASE_ID)), text(vars.get(VAR_CASE_NUMBER)),
                p.start().toInstant(), status, acceptedAt, deliveredAt, instant(vars.get(VAR_DUE_DATE)),
                deadline(p.id(), vars.get(VAR_CASE_DEADLINE)),
                p.end() == null ? null : p.end().toInstant(), approvedAt, approvedBy, changeRequests,
                lpoReturns, hours(vars, draftedHours), reviews, null);
    }

    private static OutsourcedTask.Status status(ProcessRow p, String closedAs, Instant acceptedAt) {
        if (p.end() == null) {
            return acceptedAt == null ? OutsourcedTask.Status.REQUESTED : OutsourcedTask.Status.ACCEPTED;
        }
        if (CLOSED_DELIVERED.equals(closedAs)) {
            return OutsourcedTask.Status.DELIVERED;
        }
        if (CLOSED_DECLINED.equals(closedAs)) {
            return OutsourcedTask.Status.DECLINED;
        }
        // closed as cancelled, or ended without a closing state: Share's "Cancel workflow" deleted it
        return OutsourcedTask.Status.CANCELLED;
    }

    /**
     * The drafting rounds' own figures (each completed drafting task holds its hours locally), or
     * for a process that kept a total variable (before the total lived only in the assignment
     * state), that total. The assignment state holds the total too, but it is the process's longest
     * variable, not worth reading for a figure the rounds already give.
     */
    private static BigDecimal hours(Map<String, Object> vars, BigDecimal draftedHours) {
        if (vars.get(VAR_HOURS_LOGGED_TOTAL) instanceof Number n) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        return draftedHours;
    }

    private static String outcome(Map<String, Object> local, String variable, String otherwise) {
        String value = text(local.get(variable));
        return value != null ? value : otherwise;
    }

    /** Start time, then the engine's increasing numeric ids: steps completed within one clock tick keep their order. */
    private static final Comparator<TaskRow> TASK_ORDER = Comparator
            .comparing((TaskRow t) -> t.start().toInstant())
            .thenComparing(TaskRow::id, ActivitiTaskHistory::compareIds);

    static int compareIds(String a, String b) {
        if (a.length() != b.length() && a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }

    private String table(Class<?> entity) {
        return management.getTableName(entity);
    }

    private static String literals(List<String> names) {
        // constants of this class, never user input: safe to inline
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(","));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The case deadline's day; a stored value that is not a day is left out (and logged), not the whole report. */
    private static LocalDate deadline(String processId, Object value) {
        if (!(value instanceof Date d)) {
            return null;
        }
        try {
            return CalendarDates.dayOf(d);
        } catch (IllegalArgumentException e) {
            LOG.warn(Messages.format("history.deadline.unreadable", processId, e.getMessage()));
            return null;
        }
    }

    private static Instant instant(Object value) {
        return value instanceof Date d ? d.toInstant() : null;
    }
}
