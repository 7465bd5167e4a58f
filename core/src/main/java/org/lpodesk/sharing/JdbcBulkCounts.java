package org.lpodesk.sharing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * {@link BulkCountPort} in the repository's own database, over plain JDBC and inside the share's
 * transaction: a share that rolls back counts nobody.
 *
 * <p>One row per vendor, category and person ({@code lpodesk_bulk_person}) holds the last day
 * the person's data went to the vendor, so a person counts once however often shared. One row
 * per vendor and category ({@code lpodesk_bulk_lock}) is the lock: every call first updates it in
 * the caller's transaction, so a second request for the same vendor and category waits at its
 * first read until the first one committed or rolled back, and then reads the count including
 * it. Reading the count and recording the share under that one lock is what keeps concurrent
 * requests from both fitting under the limit with the same last places. The transaction must
 * read rows committed after it began (read committed, the default of PostgreSQL and Alfresco).
 *
 * <p>The SQL is portable (PostgreSQL is the reference, H2 runs the tests); person ids are opaque
 * and never appear in a message. Thread-safe: it holds no state of its own.
 */
public final class JdbcBulkCounts implements BulkCountPort {

    static final String PERSON_TABLE = "lpodesk_bulk_person";
    static final String LOCK_TABLE = "lpodesk_bulk_lock";
    private static final String WINDOW_INDEX = "lpodesk_bulk_person_window";

    private static final int MAX_VENDOR_ID = 255;
    private static final int MAX_PERSON_ID = 128;
    // keeps every IN list far below the parameter limits of the databases Alfresco supports
    private static final int IN_LIST_SIZE = 500;
    private static final int SCHEMA_ATTEMPTS = 5;

    private static final String CREATE_PERSON_TABLE = "CREATE TABLE " + PERSON_TABLE + " ("
            + "vendor_id VARCHAR(" + MAX_VENDOR_ID + ") NOT NULL, category VARCHAR(40) NOT NULL, "
            + "person_id VARCHAR(" + MAX_PERSON_ID + ") NOT NULL, last_shared DATE NOT NULL, "
            + "PRIMARY KEY (vendor_id, category, person_id))";
    private static final String CREATE_WINDOW_INDEX = "CREATE INDEX " + WINDOW_INDEX + " ON " + PERSON_TABLE
            + " (vendor_id, category, last_shared)";
    private static final String CREATE_LOCK_TABLE = "CREATE TABLE " + LOCK_TABLE + " ("
            + "vendor_id VARCHAR(" + MAX_VENDOR_ID + ") NOT NULL, category VARCHAR(40) NOT NULL, "
            + "locked_at TIMESTAMP NOT NULL, PRIMARY KEY (vendor_id, category))";

    private static final String LOCK = "UPDATE " + LOCK_TABLE + " SET locked_at = ? WHERE vendor_id = ? AND category = ?";
    private static final String INSERT_LOCK = "INSERT INTO " + LOCK_TABLE + " (vendor_id, category, locked_at)"
            + " VALUES (?, ?, ?)";
    private static final String COUNT = "SELECT COUNT(*) FROM " + PERSON_TABLE
            + " WHERE vendor_id = ? AND category = ? AND last_shared >= ?";
    private static final String UPDATE_DAY = "UPDATE " + PERSON_TABLE + " SET last_shared = ?"
            + " WHERE vendor_id = ? AND category = ? AND person_id = ? AND last_shared < ?";
    private static final String INSERT_PERSON = "INSERT INTO " + PERSON_TABLE
            + " (vendor_id, category, person_id, last_shared) VALUES (?, ?, ?, ?)";

    private final DataSource dataSource;
    private final TransactionConnection current;

    /**
     * @param dataSource the same database, for the autocommit connections that create the tables
     *                   and a missing lock row. A request holding one category's lock may need such
     *                   a connection for the next category's first share: a pool of its own, or one
     *                   with room to spare, keeps it from waiting behind requests that wait for its lock.
     * @param current    the connection of the caller's transaction
     */
    public JdbcBulkCounts(DataSource dataSource, TransactionConnection current) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.current = Objects.requireNonNull(current, "current");
    }

    /**
     * Creates the two tables and the window index where missing, each in its own autocommit
     * statement. Repeating it changes nothing; two nodes starting at once may race, and the one
     * whose create fails because the other's just succeeded carries on.
     */
    public void createSchemaIfMissing() {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            if (!autoCommit) {
                c.setAutoCommit(true);
            }
            try {
                createIfMissing(c, () -> tableExists(c, PERSON_TABLE), CREATE_PERSON_TABLE);
                createIfMissing(c, () -> indexExists(c, PERSON_TABLE, WINDOW_INDEX), CREATE_WINDOW_INDEX);
                createIfMissing(c, () -> tableExists(c, LOCK_TABLE), CREATE_LOCK_TABLE);
            } finally {
                if (!autoCommit) {
                    c.setAutoCommit(false);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(Messages.format("bulk.store.schema", e.getSQLState(),
                    String.valueOf(e.getErrorCode())), e);
        }
    }

    @Override
    public int count(String vendorId, DataCategory category, LocalDate from) {
        checkKey(vendorId, category);
        Objects.requireNonNull(from, "from");
        Connection c = lockedConnection(vendorId, category);
        try (PreparedStatement count = c.prepareStatement(COUNT)) {
            count.setString(1, vendorId);
            count.setString(2, category.name());
            count.setDate(3, java.sql.Date.valueOf(from));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw failure("bulk.store.read", vendorId, category, e);
        }
    }

    @Override
    public Set<String> counted(String vendorId, DataCategory category, LocalDate from, Set<String> persons) {
        checkKey(vendorId, category);
        Objects.requireNonNull(from, "from");
        checkPersons(persons);
        Connection c = lockedConnection(vendorId, category);
        try {
            return Set.copyOf(known(c, vendorId, category, from, persons));
        } catch (SQLException e) {
            throw failure("bulk.store.read", vendorId, category, e);
        }
    }

    @Override
    public void record(String vendorId, DataCategory category, Set<String> persons, LocalDate sharedOn) {
        checkKey(vendorId, category);
        Objects.requireNonNull(sharedOn, "sharedOn");
        checkPersons(persons);
        Connection c = lockedConnection(vendorId, category);
        if (persons.isEmpty()) {
            return;
        }
        java.sql.Date day = java.sql.Date.valueOf(sharedOn);
        try {
            // under the lock nobody adds a person between this read and the inserts below
            Set<String> known = known(c, vendorId, category, null, persons);
            if (!known.isEmpty()) {
                try (PreparedStatement later = c.prepareStatement(UPDATE_DAY)) {
                    for (String person : known) {
                        later.setDate(1, day);
                        later.setString(2, vendorId);
                        later.setString(3, category.name());
                        later.setString(4, person);
                        later.setDate(5, day);
                        later.addBatch();
                    }
                    later.executeBatch();
                }
            }
            if (known.size() < persons.size()) {
                try (PreparedStatement insert = c.prepareStatement(INSERT_PERSON)) {
                    for (String person : new TreeSet<>(persons)) {
                        if (!known.contains(person)) {
                            insert.setString(1, vendorId);
                            insert.setString(2, category.name());
                            insert.setString(3, person);
                            insert.setDate(4, day);
                            insert.addBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw failure("bulk.store.record", vendorId, category, e);
        }
    }

    /** Which of {@code persons} have a row, shared on or after {@code from} (any day for null). */
    private static Set<String> known(Connection c, String vendorId, DataCategory category, LocalDate from,
                                     Set<String> persons) throws SQLException {
        Set<String> known = new HashSet<>();
        List<String> all = new ArrayList<>(new TreeSet<>(persons));
        for (int start = 0; start < all.size(); start += IN_LIST_SIZE) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + IN_LIST_SIZE));
            String sql = "SELECT person_id FROM " + PERSON_TABLE + " WHERE vendor_id = ? AND category = ?"
                    + (from == null ? "" : " AND last_shared >= ?")
                    + " AND person_id IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement select = c.prepareStatement(sql)) {
                int i = 1;
                select.setString(i++, vendorId);
                select.setString(i++, category.name());
                if (from != null) {
                    select.setDate(i++, java.sql.Date.valueOf(from));
                }
                for (String person : chunk) {
                    select.setString(i++, person);
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        known.add(rs.getString(1));
                    }
                }
            }
        }
        return known;
    }

    /**
     * The caller's connection once it holds the vendor and category's lock, which it keeps until
     * its transaction ends (a read-only transaction reads without it). The first share with a vendor in a category finds no lock row: that
     * row is committed on a connection of its own, where a concurrent first share's duplicate is
     * harmless, while in the caller's transaction the duplicate-key error would abort it
     * (PostgreSQL aborts the whole transaction on any error).
     */
    private Connection lockedConnection(String vendorId, DataCategory category) {
        Connection c = current.get();
        try {
            if (c == null || c.getAutoCommit()) {
                // without a transaction the lock would end with the statement that takes it
                throw new IllegalStateException(Messages.format("bulk.store.noTransaction", vendorId,
                        category.label()));
            }
            if (c.isReadOnly()) {
                // a read-only transaction (a report's) records nothing, so its reads need no lock;
                // it could not take one either: PostgreSQL refuses the UPDATE there
                return c;
            }
            if (lock(c, vendorId, category)) {
                return c;
            }
            insertLockRow(vendorId, category);
            if (lock(c, vendorId, category)) {
                return c;
            }
        } catch (SQLException e) {
            throw failure("bulk.store.lock", vendorId, category, e);
        }
        throw new IllegalStateException(Messages.format("bulk.store.lockMissing", vendorId, category.label()));
    }

    private static boolean lock(Connection c, String vendorId, DataCategory category) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(LOCK)) {
            lock.setTimestamp(1, Timestamp.from(Instant.now()));
            lock.setString(2, vendorId);
            lock.setString(3, category.name());
            return lock.executeUpdate() > 0;
        }
    }

    private void insertLockRow(String vendorId, DataCategory category) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            if (!autoCommit) {
                c.setAutoCommit(true);
            }
            try (PreparedStatement insert = c.prepareStatement(INSERT_LOCK)) {
                insert.setString(1, vendorId);
                insert.setString(2, category.name());
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!integrityViolation(e)) {
                    throw e;
                }
                // another request created it first: the row is all that was wanted
            } finally {
                if (!autoCommit) {
                    c.setAutoCommit(false);
                }
            }
        }
    }

    private interface Check {
        boolean exists() throws SQLException;
    }

    private static void createIfMissing(Connection c, Check check, String ddl) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Statement create = c.createStatement()) {
                if (!check.exists()) {
                    create.execute(ddl);
                }
                return;
            } catch (SQLException e) {
                // A node starting at the same moment created it between the check and the create
                // (the next check finds it), or its create is still under way: H2 then reports a
                // deadlock, a table its metadata lists but its DDL cannot see yet, or a general error.
                if (attempt == SCHEMA_ATTEMPTS) {
                    throw e;
                }
                pause(attempt * 50L, e);
            }
        }
    }

    private static void pause(long millis, SQLException cause) throws SQLException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String escape = meta.getSearchStringEscape();
        try (ResultSet rs = meta.getTables(c.getCatalog(), pattern(c.getSchema(), escape),
                pattern(stored(meta, table), escape), new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private static boolean indexExists(Connection c, String table, String index) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), c.getSchema(), stored(meta, table), false, true)) {
            while (rs.next()) {
                if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An unquoted name as the database stores it: PostgreSQL lower-cases it, H2 and Oracle upper-case it. */
    private static String stored(DatabaseMetaData meta, String name) throws SQLException {
        if (meta.storesUpperCaseIdentifiers()) {
            return name.toUpperCase(Locale.ROOT);
        }
        return meta.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** The name as a metadata search pattern matching only itself ("_" is a wildcard there). */
    private static String pattern(String name, String escape) {
        if (name == null || escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    /** SQL state class 23: the row exists already. */
    private static boolean integrityViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private static void checkKey(String vendorId, DataCategory category) {
        if (vendorId == null || vendorId.isBlank() || vendorId.length() > MAX_VENDOR_ID) {
            throw new IllegalArgumentException(Messages.format("bulk.vendor.invalid", String.valueOf(vendorId),
                    MAX_VENDOR_ID));
        }
        Objects.requireNonNull(category, "category");
    }

    private static void checkPersons(Set<String> persons) {
        Objects.requireNonNull(persons, "persons");
        long invalid = persons.stream().filter(p -> p == null || p.isBlank() || p.length() > MAX_PERSON_ID).count();
        if (invalid > 0) {
            // the ids themselves stay out of the message: it may end up in a log
            throw new IllegalArgumentException(Messages.format("bulk.person.invalid", invalid, MAX_PERSON_ID));
        }
    }

    private static IllegalStateException failure(String key, String vendorId, DataCategory category,
                                                 SQLException e) {
        // the driver's text may quote the statement's values, person ids among them: the message
        // names state and code only; the cause stays attached for the adapter's retry decision
        return new IllegalStateException(Messages.format(key, vendorId, category.label(), e.getSQLState(),
                String.valueOf(e.getErrorCode())), e);
    }
}
