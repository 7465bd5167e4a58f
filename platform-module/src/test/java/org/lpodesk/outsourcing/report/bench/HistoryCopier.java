package org.lpodesk.outsourcing.report.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies the history rows real outsourcing processes left (process instances, tasks, variables:
 * what the report reads) with new ids and earlier dates, so that a benchmark has the rows of
 * thousands of processes without running thousands of lifecycles. Copies keep every value but the
 * ids (suffixed, so that they can be told apart and removed), the times (moved back by whole days,
 * date variables too, so calendar days stay calendar days) and what {@link Rewrite} changes.
 */
final class HistoryCopier {

    /** A value of a copy other than the source's, or null to keep the source's. */
    @FunctionalInterface
    interface Rewrite {
        Object value(String column, Map<String, Object> row, int copy);
    }

    static final List<String> TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_VARINST");
    private static final Set<String> IDS = Set.of("ID_", "PROC_INST_ID_", "EXECUTION_ID_", "TASK_ID_", "PARENT_TASK_ID_");

    private final Connection connection;

    HistoryCopier(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param copies   copies of each source process
     * @param spanDays copy k moves back by k × spanDays / copies whole days
     * @param suffix   ids of copy k end in suffix + k
     * @return the rows inserted
     */
    int copy(List<String> sources, int copies, int spanDays, String suffix, Rewrite rewrite) throws SQLException {
        int rows = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        String in = String.join(",", sources.stream().map(s -> "'" + s.replace("'", "''") + "'").toList());
        for (String table : TABLES) {
            List<Map<String, Object>> source = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT * FROM " + table + " WHERE PROC_INST_ID_ IN (" + in + ")");
                 ResultSet rs = select.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i).toUpperCase(Locale.ROOT));
                    types.add(meta.getColumnType(i));
                }
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.put(columns.get(i - 1), rs.getObject(i));
                    }
                    source.add(row);
                }
            }
            String insert = "INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES ("
                    + String.join(",", columns.stream().map(x -> "?").toList()) + ")";
            try (PreparedStatement ps = connection.prepareStatement(insert)) {
                for (int copy = 1; copy <= copies; copy++) {
                    Duration back = Duration.ofDays((long) copy * spanDays / copies);
                    for (Map<String, Object> row : source) {
                        for (int i = 0; i < columns.size(); i++) {
                            Object changed = rewrite.value(columns.get(i), row, copy);
                            ps.setObject(i + 1, changed != null ? changed
                                    : value(columns.get(i), types.get(i), row, suffix + copy, back), types.get(i));
                        }
                        ps.addBatch();
                        rows++;
                        if (rows % 1000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
        }
        connection.commit();
        connection.setAutoCommit(autoCommit);
        return rows;
    }

    /** Removes every copy whose ids end in the suffix and a number. */
    int remove(String suffix) throws SQLException {
        int rows = 0;
        for (String table : List.of("ACT_HI_VARINST", "ACT_HI_TASKINST", "ACT_HI_PROCINST")) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE PROC_INST_ID_ LIKE ?")) {
                delete.setString(1, "%" + suffix + "%");
                rows += delete.executeUpdate();
            }
        }
        return rows;
    }

    private static Object value(String column, int type, Map<String, Object> row, String idSuffix, Duration back) {
        Object v = row.get(column);
        if (v == null) {
            return null;
        }
        if (IDS.contains(column)) {
            return v + idSuffix;
        }
        if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
            Timestamp t = v instanceof Timestamp ts ? ts : Timestamp.valueOf(v.toString());
            return Timestamp.from(t.toInstant().minus(back));
        }
        if (column.equals("LONG_") && "date".equals(row.get("VAR_TYPE_"))) {
            return ((Number) v).longValue() - back.toMillis();
        }
        return v;
    }
}
