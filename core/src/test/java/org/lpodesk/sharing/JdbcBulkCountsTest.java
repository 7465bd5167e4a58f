package org.lpodesk.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The bulk-data counts in a database, on H2 and, when LPODESK_TEST_PG_URL (with _USER and
 * _PASSWORD) is set, on PostgreSQL: what the request check reads and records, and
 * that a hundred concurrent shares against one limit neither lose a person nor count one twice.
 * Surefire runs the class again in New York and in Kolkata: a stored day is a calendar day.
 */
class JdbcBulkCountsTest {

    private static final String PG_URL = System.getenv("LPODESK_TEST_PG_URL");
    private static final String VENDOR = "acme";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);
    // the day after New York's switch to daylight time: midnight-based conversions show here first
    private static final LocalDate DST_DAY = LocalDate.of(2026, 3, 8);

    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
    private final List<Runnable> cleanUp = new ArrayList<>();

    static Stream<String> databases() {
        return PG_URL == null || PG_URL.isBlank() ? Stream.of("H2") : Stream.of("H2", "PostgreSQL");
    }

    @AfterEach
    void closeDatabases() {
        cleanUp.forEach(Runnable::run);
    }

    /** A database without the store's tables: a new in-memory H2, or the PostgreSQL test database emptied. */
    private DataSource emptyDatabase(String database) throws SQLException {
        if (database.equals("H2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            // the concurrency test queues a hundred transactions on one row lock
            h2.setURL("jdbc:h2:mem:bulk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000");
            h2.setUser("sa");
            h2.setPassword("");
            cleanUp.add(() -> execute(h2, "SHUTDOWN"));
            return h2;
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(PG_URL);
        pg.setUser(System.getenv("LPODESK_TEST_PG_USER"));
        pg.setPassword(System.getenv("LPODESK_TEST_PG_PASSWORD"));
        execute(pg, "DROP TABLE IF EXISTS " + JdbcBulkCounts.PERSON_TABLE);
        execute(pg, "DROP TABLE IF EXISTS " + JdbcBulkCounts.LOCK_TABLE);
        return pg;
    }

    private JdbcBulkCounts store(DataSource dataSource) {
        JdbcBulkCounts store = new JdbcBulkCounts(dataSource, transaction::get);
        store.createSchemaIfMissing();
        return store;
    }

    /** Runs {@code work} in a transaction of its own, as a share step would, and commits it. */
    private <T> T inTransaction(DataSource dataSource, Supplier<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            transaction.set(c);
            try {
                T result = work.get();
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                transaction.remove();
            }
        }
    }

    private void inTransactionDo(DataSource dataSource, Runnable work) throws SQLException {
        inTransaction(dataSource, () -> {
            work.run();
            return null;
        });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPersonSharedAgainCountsOnce(String database) throws SQLException {
        DataSource db = emptyDatabase(database);
        JdbcBulkCounts counts = store(db);
        inTransactionDo(db, () -> counts.record(VENDOR, DataCategory.HEALTH, Set.of("p1", "p2"), TODAY));
        inTransactionDo(db, () -> counts.record(VENDOR, DataCategory.HEALTH, Set.of("p2", "p3"), TODAY));

        assertThat(inTransaction(db, () -> counts.count(VENDOR, DataCategory.HEALTH, TODAY.minusMonths(12))))
                .isEqualTo(3);
        assertThat(rows(db)).containsOnlyKeys("p1", "p2", "p3");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPersonKeepsTheLaterDayWhicheverOrderTheSharesComeIn(String database) throws SQLException {
        DataSource db = emptyDatabase(database);
        JdbcBulkCounts counts = store(db);
        inTransactionDo(db, () -> counts.record(VENDOR, DataCategory.HEALTH, Set.of("p1"), TODAY));
        inTransactionDo(db, () -> counts.record(VENDOR, DataCategory.HEALTH, Set.of("p1"), TODAY.minusDays(40)));

        assertThat(inTransaction(db, () -> counts.count(VENDOR, DataCategory.HEALTH, TODAY))).isEqualTo(1);
        assertThat(inTransaction(db, () -> counts.count(VENDOR, DataCategory.HEALTH, TODAY.plusDays(1)))).isZero();

        inTransactionDo(db, () -> counts.record(VENDOR, DataCategory.HEALTH, Set.of("p1"), TODAY.plusDays(5)));
        assertThat(rows(db)).containsExactly(Map.entry("p1", TODAY.plusDays(5)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theWindowCountsFromItsFirstDayInclusive(String database) throws SQLException {
        DataSource db = emptyDatabase(database);
        JdbcBulkCounts counts = store(db);
        LocalDate from = BulkThresholds.defaults().windowStart(TODAY);
        inTransactionDo(db, () -> {
            counts.record(VENDOR, DataCategory.FINANCIAL, Set.of("on-the-first-day"), from);
            counts.record(VENDOR, DataCategory.FINANCIAL, Set.of("the-day-before"), from.minusDays(1));
            counts.record(VENDOR, DataCategory.FINANCIAL, Set.of("today"), TODAY);
        });

        assertThat(inTransaction(db, () -> counts.count(VENDOR, DataCategory.FINANCIAL, from))).isEqualTo(2);
        assertThat(inTransaction(db, () -> counts.count(VENDOR, DataCategory.FINANCIAL, from.plusDays(1))))
                .isEqualTo(1);
        assertThat(inTransaction(db, () -> counts.count(VENDOR, DataCategory.FINANCIAL, from.minusDays(1))))
                .isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theStoredDayIsTheCalendarDayInEveryJvmZone(String database) throws SQLException {
        DataSource db = emptyDatabase(database);
        JdbcBulkCounts counts = store(db);
        inTransactionDo(db, () -> counts.record(VENDOR, DataCategory.BIOMETRIC, Set.of("p1"), DST_DAY));

        assertThat(rows(db)).containsExactly(Map.entry("p1", DST_DAY));
        assertThat(inTransaction(db, () -> counts.count(VENDOR, DataCategory.BIOMETRIC, DST_DAY))).isEqualTo(1);
        assertThat(inTransaction(db, () -> counts.count(VENDOR, DataCategory.BIOMETRIC, DST_DAY.plusDays(1))))
                .isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void countedIsTheSubsetOfTheGivenPersonsInTheWindowForThatVendorAndCategory(String database)
            throws SQLException {
        DataSource db = emptyDatabase(database);
        JdbcBulkCounts counts = store(db);
        LocalDate from = TODAY.minusMonths(12);
        inTransactionDo(db, () -> {
            counts.record(VENDOR, DataCategory.HEALTH, Set.of("recent", "other"), TODAY.minusDays(3));
            counts.record(VENDOR, DataCategory.HEALTH, Set.of("long-ago"), from.minusDays(1));
            counts.record(VENDOR, DataCategory.FINANCIAL, Set.of("other-category"), TODAY);
            counts.record("redco", DataCategory.HEALTH, Set.of("other-vendor"), TODAY);
        });

        Set<String> asked = Set.of("recent", "long-ago", "other-category", "other-vendor", "never-shared");
        assertThat(inTransaction(db, () -> counts.counted(VENDOR, DataCategory.HEALTH, from, asked)))
                .containsExactly("recent");
        assertThat(inTransaction(db, () -> counts.counted(VENDOR, DataCategory.HEALTH, from, Set.of()))).isEmpty();
        assertThat(inTransaction(db, () -> counts.count(VENDOR, DataCategory.HEALTH, from))).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void manyPersonsInOneShareAreCountedAndFoundAgain(String database) throws SQLException {
        DataSource db = emptyDatabase(database);
        JdbcBulkCounts counts = store(db);
        Set<String> family = new HashSet<>();
        for (int i = 0; i < 1_234; i++) {
            family.add("person-" + i);
        }
        inTransactionDo(db, () -> counts.record(VENDOR, DataCategory.PERSONAL_IDENTIFIERS, family, TODAY));

        assertThat(inTransaction(db, () -> counts.counted(VENDOR, DataCategory.PERSONAL_IDENTIFIERS, TODAY, family)))
                .isEqualTo(family);
        assertThat(inTransaction(db, () -> counts.count(VENDOR, DataCategory.PERSONAL_IDENTIFIERS, TODAY)))
                .isEqualTo(1_234);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aShareRolledBackCountsNobody(String database) throws SQLException {
        DataSource db = emptyDatabase(database);
        JdbcBulkCounts counts = store(db);
        assertThatThrownBy(() -> inTransactionDo(db, () -> {
            counts.record(VENDOR, DataCategory.HEALTH, Set.of("p1"), TODAY);
            throw new IllegalStateException("the share failed after counting");
        })).hasMessage("the share failed after counting");

        assertThat(inTransaction(db, () -> counts.count(VENDOR, DataCategory.HEALTH, TODAY))).isZero();
        assertThat(rows(db)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theSchemaIsCreatedOnceEvenWhenTwoNodesStartTogether(String database) throws Exception {
        DataSource db = emptyDatabase(database);
        JdbcBulkCounts counts = new JdbcBulkCounts(db, transaction::get);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch together = new CountDownLatch(2);
            List<Future<?>> starts = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                starts.add(nodes.submit(() -> {
                    together.countDown();
                    together.await();
                    counts.createSchemaIfMissing();
                    return null;
                }));
            }
            for (Future<?> start : starts) {
                start.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
        counts.createSchemaIfMissing();

        inTransactionDo(db, () -> counts.record(VENDOR, DataCategory.HEALTH, Set.of("p1"), TODAY));
        assertThat(inTransaction(db, () -> counts.count(VENDOR, DataCategory.HEALTH, TODAY))).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void outsideATransactionNothingIsReadOrRecorded(String database) throws SQLException {
        DataSource db = emptyDatabase(database);
        JdbcBulkCounts counts = store(db);
        try (Connection autoCommit = db.getConnection()) {
            transaction.set(autoCommit);
            assertThatThrownBy(() -> counts.record(VENDOR, DataCategory.HEALTH, Set.of("p1"), TODAY))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The bulk-data count of vendor \"acme\" for health data (I-693 medical examination) is"
                            + " kept inside the share's transaction, but no transaction is open on the connection"
                            + " given (it is missing or commits each statement).");
        } finally {
            transaction.remove();
        }
        assertThat(rows(db)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReadOnlyTransactionReadsTheCountsWhileAShareHoldsTheLock(String database) throws Exception {
        DataSource db = emptyDatabase(database);
        JdbcBulkCounts counts = store(db);
        inTransactionDo(db, () -> counts.record(VENDOR, DataCategory.HEALTH, Set.of("p1"), TODAY));
        try (Connection share = db.getConnection()) {
            share.setAutoCommit(false);
            transaction.set(share);
            counts.record(VENDOR, DataCategory.HEALTH, Set.of("p2"), TODAY);
            transaction.remove();

            ExecutorService report = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> read = report.submit(() -> {
                    try (Connection c = db.getConnection()) {
                        c.setAutoCommit(false);
                        c.setReadOnly(true);
                        transaction.set(c);
                        try {
                            return counts.count(VENDOR, DataCategory.HEALTH, TODAY);
                        } finally {
                            transaction.remove();
                            c.rollback();
                        }
                    }
                });
                if (!honoursReadOnly(database)) {
                    // H2 ignores read-only connections: its report waits for the share like any reader
                    share.commit();
                    assertThat(read.get(60, TimeUnit.SECONDS)).isEqualTo(2);
                    return;
                }
                assertThat(read.get(60, TimeUnit.SECONDS)).as("the share's person is not committed yet").isEqualTo(1);
            } finally {
                report.shutdownNow();
            }
            share.commit();
        }
    }

    private static boolean honoursReadOnly(String database) {
        return database.equals("PostgreSQL");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anInvalidPersonIdIsRefusedWithoutNamingIt(String database) throws SQLException {
        DataSource db = emptyDatabase(database);
        JdbcBulkCounts counts = store(db);
        String tooLong = "x".repeat(129);
        assertThatThrownBy(() -> inTransactionDo(db,
                () -> counts.record(VENDOR, DataCategory.HEALTH, Set.of("p1", tooLong, " "), TODAY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The bulk-data count needs person ids of 1 to 128 characters; 2 of the persons given are"
                        + " blank or longer.");
        assertThat(rows(db)).isEmpty();
    }

    private enum Outcome { SHARED, RESHARED, REFUSED }

    /**
     * A hundred shares at once against a limit of 60 persons, each as the request check does it
     * in its own transaction: read the count and which persons already count, decide, record,
     * commit. Ten persons were shared a month ago; ninety shares bring a new person each and ten
     * share one of the ten again, which never counts twice and so passes even at the limit.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void aHundredConcurrentSharesNeitherLoseNorDoubleCountAPerson(String database) throws Exception {
        DataSource db = emptyDatabase(database);
        JdbcBulkCounts counts = store(db);
        int limit = 60;
        LocalDate from = BulkThresholds.defaults().windowStart(TODAY);
        Set<String> earlier = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            earlier.add("earlier-" + i);
        }
        inTransactionDo(db, () -> counts.record(VENDOR, DataCategory.HEALTH, earlier, TODAY.minusMonths(1)));

        List<String> shares = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            shares.add(i % 10 == 5 ? "earlier-" + i / 10 : "new-" + i);
        }
        Map<String, Outcome> outcomes = shareAtOnce(database, db, counts, VENDOR, shares, from, limit);

        Map<Outcome, List<String>> byOutcome = new HashMap<>();
        outcomes.forEach((person, outcome) -> byOutcome.computeIfAbsent(outcome, o -> new ArrayList<>()).add(person));
        assertThat(byOutcome.getOrDefault(Outcome.SHARED, List.of())).as("new persons shared").hasSize(50);
        assertThat(byOutcome.getOrDefault(Outcome.REFUSED, List.of())).as("refused").hasSize(40)
                .allMatch(p -> p.startsWith("new-"));
        assertThat(byOutcome.getOrDefault(Outcome.RESHARED, List.of())).as("shared again, even at the limit")
                .containsExactlyInAnyOrderElementsOf(earlier);

        Map<String, LocalDate> rows = rows(db);
        assertThat(rows).as("one row per person, exactly the limit").hasSize(limit);
        assertThat(rows.keySet()).containsAll(earlier).containsAll(byOutcome.get(Outcome.SHARED))
                .doesNotContainAnyElementsOf(byOutcome.get(Outcome.REFUSED));
        assertThat(rows.values()).as("the persons shared again keep today").containsOnly(TODAY);
        assertThat(inTransaction(db, () -> counts.count(VENDOR, DataCategory.HEALTH, from))).isEqualTo(limit);
    }

    /** The same crowd for a vendor nothing was shared with yet: they also race to create its lock. */
    @ParameterizedTest
    @MethodSource("databases")
    void aHundredFirstSharesWithAVendorRaceForItsLockAndStillStopAtTheLimit(String database) throws Exception {
        DataSource db = emptyDatabase(database);
        JdbcBulkCounts counts = store(db);
        int limit = 60;
        LocalDate from = BulkThresholds.defaults().windowStart(TODAY);
        List<String> shares = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            shares.add("new-" + i);
        }
        Map<String, Outcome> outcomes = shareAtOnce(database, db, counts, "newco", shares, from, limit);

        assertThat(outcomes.values().stream().filter(o -> o == Outcome.SHARED)).hasSize(limit);
        assertThat(outcomes.values().stream().filter(o -> o == Outcome.REFUSED)).hasSize(40);
        assertThat(inTransaction(db, () -> counts.counted("newco", DataCategory.HEALTH, from, Set.copyOf(shares))))
                .as("exactly the persons of the shares that passed")
                .isEqualTo(outcomes.entrySet().stream().filter(e -> e.getValue() == Outcome.SHARED)
                        .map(Map.Entry::getKey).collect(Collectors.toSet()));
    }

    /** Runs the shares from as many threads as the database allows, all released together. */
    private Map<String, Outcome> shareAtOnce(String database, DataSource db, JdbcBulkCounts counts, String vendor,
                                             List<String> persons, LocalDate from, int limit) throws Exception {
        // PostgreSQL's connections are shared with the rest of the machine: a bounded crowd there
        int threads = database.equals("H2") ? persons.size() : 24;
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        ExecutorService requesters = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch together = new CountDownLatch(threads);
            List<Future<?>> done = new ArrayList<>();
            for (String person : persons) {
                done.add(requesters.submit(() -> {
                    if (together.getCount() > 0) {
                        together.countDown();
                        together.await();
                    }
                    outcomes.put(person, share(db, counts, vendor, person, from, limit));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            requesters.shutdownNow();
        }
        return outcomes;
    }

    private Outcome share(DataSource db, JdbcBulkCounts counts, String vendor, String person, LocalDate from,
                          int limit) throws SQLException, InterruptedException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            transaction.set(c);
            try {
                int before = counts.count(vendor, DataCategory.HEALTH, from);
                boolean again = counts.counted(vendor, DataCategory.HEALTH, from, Set.of(person)).contains(person);
                // the policy and the due-date rules take their time between reading and recording
                Thread.sleep(1);
                if (before + (again ? 0 : 1) > limit) {
                    c.rollback();
                    return Outcome.REFUSED;
                }
                counts.record(vendor, DataCategory.HEALTH, Set.of(person), TODAY);
                c.commit();
                return again ? Outcome.RESHARED : Outcome.SHARED;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                transaction.remove();
            }
        }
    }

    /** Every stored person of the vendor's counts with its day, read back as a calendar date. */
    private static Map<String, LocalDate> rows(DataSource db) throws SQLException {
        Map<String, LocalDate> rows = new HashMap<>();
        try (Connection c = db.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT person_id, last_shared FROM "
                     + JdbcBulkCounts.PERSON_TABLE + " WHERE vendor_id = ?")) {
            select.setString(1, VENDOR);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    assertThat(rows.put(rs.getString(1), rs.getObject(2, LocalDate.class)))
                            .as("a second row for one person").isNull();
                }
            }
        }
        return rows;
    }

    private static void execute(DataSource db, String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
