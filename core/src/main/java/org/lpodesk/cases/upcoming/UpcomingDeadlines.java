package org.lpodesk.cases.upcoming;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.deadline.Urgency;
import org.lpodesk.dates.CalendarDates;

/**
 * {@code GET /lpodesk/deadlines}: the open cases a user can read whose case deadline (the
 * earliest open obligation, kept by the repository) falls in a window: overdue back to
 * {@code overdueDays} before today, upcoming to {@code days} after it. One row per case, ordered
 * by date then case number, one page at a time with a flag that says whether more follow, so a
 * firm with years of history never loses an upcoming deadline behind old ones.
 * <p>
 * The repository runs {@link Window#cmisQuery()} as a transactional metadata query: the
 * database answers, without a search index and including what was committed a moment ago.
 */
public final class UpcomingDeadlines {

    /**
     * One case deadline.
     *
     * @param label what is due (e.g. "CASE_DEADLINE")
     * @param rule  what the deadline is and how it was reached; may be empty
     */
    public record Item(LocalDate date, String label, String rule, String caseNodeRef, String caseNumber,
                       String beneficiary) {
        public Item {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(caseNodeRef, "caseNodeRef");
            label = label == null ? "" : label;
            rule = rule == null ? "" : rule;
            caseNumber = caseNumber == null ? "" : caseNumber;
            beneficiary = beneficiary == null ? "" : beneficiary;
        }
    }

    /**
     * What one request asks for, validated.
     *
     * @param today       the firm's today
     * @param days        look-ahead in days
     * @param overdueDays how far back overdue deadlines are listed
     * @param skip        rows to skip (paging)
     * @param max         rows in the page
     */
    public record Window(LocalDate today, int days, int overdueDays, int skip, int max) {

        /** The first day listed. */
        public LocalDate from() {
            return today.minusDays(overdueDays);
        }

        /** The last day listed. */
        public LocalDate to() {
            return today.plusDays(days);
        }

        /**
         * The CMIS query (Alfresco's CMIS dialect) for the page plus one row, which tells whether
         * more follow: every bound and the closed-case filter in the query itself, so the database
         * does the work. Statuses come from {@link CaseStatus}, so a new final status is excluded
         * here without a change.
         */
        public String cmisQuery() {
            return "SELECT c.cmis:objectId AS id FROM imm:case AS c"
                    + " WHERE c.imm:caseDeadline >= TIMESTAMP '" + timestamp(from()) + "'"
                    + " AND c.imm:caseDeadline < TIMESTAMP '" + timestamp(to().plusDays(1)) + "'"
                    + " AND " + CaseStatus.cmisOpenCondition("c")
                    + " ORDER BY c.imm:caseDeadline ASC, c.imm:caseNumber ASC";
        }

        /** A CMIS TIMESTAMP literal: the day's stored instant (CalendarDates), with milliseconds as CMIS writes them. */
        private static String timestamp(LocalDate day) {
            return CalendarDates.cmisTimestamp(day);
        }
    }

    private final int defaultDays;
    private final int maxDays;
    private final int defaultOverdueDays;
    private final int maxPageSize;

    public UpcomingDeadlines(int defaultDays, int maxDays, int defaultOverdueDays, int maxPageSize) {
        if (maxDays < 1 || defaultDays < 1 || defaultDays > maxDays) {
            throw new IllegalArgumentException("look-ahead settings must satisfy 1 <= default (" + defaultDays
                    + ") <= max (" + maxDays + ")");
        }
        if (defaultOverdueDays < 0 || defaultOverdueDays > maxDays) {
            throw new IllegalArgumentException("the overdue window (" + defaultOverdueDays + ") must be between 0 and "
                    + maxDays + " days");
        }
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("the page size must be at least 1, but is " + maxPageSize);
        }
        this.defaultDays = defaultDays;
        this.maxDays = maxDays;
        this.defaultOverdueDays = defaultOverdueDays;
        this.maxPageSize = maxPageSize;
    }

    /** The window the request asks for ({@code days}, {@code overdueDays}, {@code skip}, {@code max}), validated. */
    public Window window(RequestArguments args, LocalDate today) {
        return new Window(today, args.optionalInt("days", defaultDays, 1, maxDays),
                args.optionalInt("overdueDays", defaultOverdueDays, 0, maxDays),
                args.optionalInt("skip", 0, 0, Integer.MAX_VALUE - maxPageSize - 1),
                args.optionalInt("max", Math.min(50, maxPageSize), 1, maxPageSize));
    }

    /**
     * The answer for a page. {@code rows} are what the query returned for the page plus one row,
     * in the query's order; a row beyond the page only says that more follow.
     */
    public Map<String, Object> toJson(List<Item> rows, Window window) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Item item : rows.subList(0, Math.min(rows.size(), window.max()))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", item.date());
            row.put("daysLeft", ChronoUnit.DAYS.between(window.today(), item.date()));
            row.put("overdue", item.date().isBefore(window.today()));
            row.put("urgency", Urgency.of(item.date(), false, window.today()));
            row.put("label", item.label());
            row.put("rule", item.rule());
            row.put("caseNodeRef", item.caseNodeRef());
            row.put("caseNumber", item.caseNumber());
            row.put("beneficiary", item.beneficiary());
            out.add(row);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("today", window.today());
        answer.put("days", window.days());
        answer.put("overdueDays", window.overdueDays());
        answer.put("from", window.from());
        answer.put("to", window.to());
        answer.put("skip", window.skip());
        answer.put("max", window.max());
        answer.put("hasMore", rows.size() > window.max());
        answer.put("deadlines", out);
        return answer;
    }
}
