package org.lpodesk.workflow.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL statements an engine sends, by kind and table, with the rows a bulk insert carries:
 * H2 behind a JDBC driver of its own URL prefix ({@value #PREFIX}), which the engine's pool finds
 * through DriverManager, so the engine under test runs unchanged. Counts only while recording.
 */
final class StatementLog implements Driver {

    static final String PREFIX = "jdbc:counted:";

    private static final Pattern TABLE = Pattern.compile(
            "^\\s*(insert\\s+into|update|delete\\s+from|select\\b.*?\\bfrom)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern NEXT_ROW = Pattern.compile("\\)\\s*,\\s*\\(");

    /** How often a statement of one kind on one table ran, and how many rows the inserts among them carried. */
    record Count(int statements, int rows) {
    }

    private final Driver h2 = new org.h2.Driver();
    private final Map<String, Count> counts = new TreeMap<>();
    private volatile boolean recording;

    private StatementLog() {
    }

    static StatementLog register() {
        StatementLog log = new StatementLog();
        try {
            DriverManager.registerDriver(log);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return log;
    }

    void deregister() {
        try {
            DriverManager.deregisterDriver(this);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts counting afresh. */
    synchronized void record() {
        counts.clear();
        recording = true;
    }

    /** Stops counting; what was counted since {@link #record}, by "KIND TABLE". */
    synchronized Map<String, Count> stop() {
        recording = false;
        return new TreeMap<>(counts);
    }

    private synchronized void count(String sql) {
        if (!recording) {
            return;
        }
        Matcher m = TABLE.matcher(sql);
        String kind = m.find() ? m.group(1).split("\\s+")[0].toUpperCase(Locale.ROOT) + " "
                + m.group(2).toUpperCase(Locale.ROOT) : sql.strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
        int rows = 0;
        if (kind.startsWith("INSERT")) {
            rows = 1;
            for (Matcher next = NEXT_ROW.matcher(sql); next.find();) {
                rows++;
            }
        }
        counts.merge(kind, new Count(1, rows), (a, b) -> new Count(a.statements() + b.statements(), a.rows() + b.rows()));
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection connection = h2.connect("jdbc:" + url.substring(PREFIX.length()), info);
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("prepare") && args != null && args.length > 0
                    && args[0] instanceof String sql) {
                // MyBatis's simple executor prepares every statement it runs, once per run
                count(sql);
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(StatementLog.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
