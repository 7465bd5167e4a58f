package org.lpodesk.cases.list;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lpodesk.api.ApiMessages;
import org.lpodesk.api.Csv;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.InvalidRequestException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.CaseType;
import org.lpodesk.deadline.Urgency;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.outsourcing.VendorRole;

/**
 * The firm's case list ({@code GET /lpodesk/cases} with any of {@link #LIST_ARGUMENTS}): the cases
 * of a firm site filtered by status, type, responsible attorney, deadline window and open
 * outsourcing, sorted by deadline, number or beneficiary, one page at a time or all of them as CSV.
 * <p>
 * Status, type, attorney, deadline and the order are one CMIS query run as a transactional
 * metadata query ({@link Request#cmisQueries()}): the database answers. Two filters cannot be
 * written for that engine and are applied here to the query's rows, in its order, before paging
 * ({@link #select}): the site (the engine refuses {@code IN_TREE}, and a case sits at any depth of
 * the site's document library), and open outsourcing (workflow variables, not node properties; the
 * repository counts the active outsourcing requests of every case once per request). So the
 * repository fetches every row the query matches, at most {@code maxRows}, and a request matching
 * more is refused with a message asking for a narrower filter rather than answered with a silently
 * cut list.
 */
public final class CaseList {

    /** The arguments that ask for the case list; without any of them the request is the case picker's ({@link OpenCases}). */
    public static final List<String> LIST_ARGUMENTS = List.of("site", "status", "type", "attorney", "dueWithinDays",
            "openOutsourcing", "missingEvidence", "sort", "dir", "format");

    /** {@code status=OPEN}, also what no status means: every status but the final ones. */
    public static final String OPEN_STATUSES = "OPEN";
    /** {@code status=ALL}: closed cases too. */
    public static final String ALL_STATUSES = "ALL";
    public static final int MAX_DUE_WITHIN_DAYS = 3650;

    /** Share's site short names: letters, digits and hyphens. */
    private static final Pattern SITE = Pattern.compile("[A-Za-z0-9-]{1,72}");
    /** Alfresco user names as people have them (e-mail addresses included). */
    private static final Pattern USER_NAME = Pattern.compile("[\\p{L}\\p{N}._@+'-]{1,100}");
    private static final String VENDOR_GROUP_PREFIX = "GROUP_LPO_";

    public enum Sort { DEADLINE, NUMBER, BENEFICIARY }

    public enum Direction { ASC, DESC }

    public enum Format { JSON, CSV }

    /**
     * A validated list request.
     *
     * @param status        one status only; empty with {@code allStatuses} false means the open ones
     * @param dueWithinDays cases whose case deadline is at most this many days after today, overdue included
     * @param today         the firm's today, for the deadline window, days left and urgency
     */
    public record Request(Optional<String> site, Optional<CaseStatus> status, boolean allStatuses, Optional<CaseType> type,
                          Optional<String> attorney, Optional<Integer> dueWithinDays, boolean openOutsourcing,
                          boolean missingEvidence, Sort sort, Direction dir, int skip, int max, Format format, LocalDate today) {

        public Request {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(attorney, "attorney");
            Objects.requireNonNull(dueWithinDays, "dueWithinDays");
            Objects.requireNonNull(sort, "sort");
            Objects.requireNonNull(dir, "dir");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(today, "today");
        }

        /** The last day of the deadline window. */
        public Optional<LocalDate> dueBy() {
            return dueWithinDays.map(today::plusDays);
        }

        /**
         * The CMIS queries (Alfresco's dialect) whose rows, one query after the other, are the
         * candidates in list order. Sorting by deadline takes two: the cases with a deadline in the
         * order asked, then those without one by number, so undated cases come last whatever order
         * the database gives a missing value; with a deadline window the second is not needed.
         */
        public List<String> cmisQueries() {
            List<String> where = new ArrayList<>();
            if (status.isPresent()) {
                where.add("c.imm:caseStatus = " + literal(status.get().modelValue()));
            } else if (!allStatuses) {
                where.add(CaseStatus.cmisOpenCondition("c"));
            }
            type.ifPresent(t -> where.add("c.imm:caseType = " + literal(t.modelValue())));
            attorney.ifPresent(a -> where.add("c.imm:responsibleAttorney = " + literal(a)));
            // the repository keeps imm:evidenceReady on every case (EvidenceTriggers); not ready = something missing
            if (missingEvidence) {
                where.add("c.imm:evidenceReady = false");
            }
            // d:date values are stored as their day's midnight UTC (CalendarDates): "on or before
            // the last day" is "before the next day's stored instant"
            dueBy().ifPresent(last -> where.add("c.imm:caseDeadline < TIMESTAMP '"
                    + CalendarDates.cmisTimestamp(last.plusDays(1)) + "'"));
            if (where.isEmpty()) {
                // Alfresco's database query engine runs no query without a condition; every case has its number
                where.add("c.imm:caseNumber IS NOT NULL");
            }
            String order = " " + dir.name();
            return switch (sort) {
                case NUMBER -> List.of(query(where, "c.imm:caseNumber" + order));
                case BENEFICIARY -> List.of(query(where, "c.imm:beneficiaryName" + order + ", c.imm:caseNumber ASC"));
                case DEADLINE -> dueWithinDays.isPresent()
                        ? List.of(query(where, "c.imm:caseDeadline" + order + ", c.imm:caseNumber ASC"))
                        : List.of(query(with(where, "c.imm:caseDeadline IS NOT NULL"),
                                        "c.imm:caseDeadline" + order + ", c.imm:caseNumber ASC"),
                                query(with(where, "c.imm:caseDeadline IS NULL"), "c.imm:caseNumber ASC"));
            };
        }

        private static List<String> with(List<String> where, String condition) {
            return Stream.concat(where.stream(), Stream.of(condition)).toList();
        }

        private static String query(List<String> where, String orderBy) {
            return "SELECT c.cmis:objectId AS id FROM imm:case AS c WHERE " + String.join(" AND ", where)
                    + " ORDER BY " + orderBy;
        }

        /** A CMIS string literal: quote and backslash escaped with a backslash. */
        private static String literal(String value) {
            return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
    }

    /**
     * A row of the query before the filters the database cannot apply.
     *
     * @param site            the short name of the site whose document library holds the case, or null
     * @param openOutsourcing the case's active outsourcing requests
     */
    public record Candidate(String nodeRef, String site, int openOutsourcing) {
        public Candidate {
            Objects.requireNonNull(nodeRef, "nodeRef");
        }
    }

    /**
     * One case of the list, as the repository read it; absent texts may be null or empty.
     *
     * @param responsibleAttorneyName the attorney's first and last name (the user name when there is none)
     * @param libraryPath             the folder path inside the site's document library, e.g. {@code /Clients/Okonkwo/IMM-2026-00001}
     * @param evidence                the evidence completeness the repository stored on the case, once computed
     * @param uscis                   the case's last good USCIS status, once one was recorded
     */
    public record Row(String nodeRef, String caseNumber, String caseType, String caseTypeLabel, String status,
                      String statusLabel, String beneficiary, String petitioner, String responsibleAttorney,
                      String responsibleAttorneyName, Optional<LocalDate> caseDeadline, String caseDeadlineRule,
                      int openOutsourcing, String site, String libraryPath, Optional<Evidence> evidence,
                      Optional<UscisStatus> uscis) {
        public Row {
            Objects.requireNonNull(nodeRef, "nodeRef");
            Objects.requireNonNull(caseDeadline, "caseDeadline");
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(uscis, "uscis");
        }
    }

    /** The last good USCIS status of a case, as USCIS gave it, and the firm's day it was checked. */
    public record UscisStatus(String status, LocalDate checkedOn) {
    }

    /** A case's evidence as stored on it: ready for attorney review, requirements missing of those required, the sentence. */
    public record Evidence(boolean ready, int missing, int required, String summary) {
    }

    /** The CSV columns: the bundle key of each header label, in order. */
    public static final List<String> CSV_HEADER_KEYS = Stream.of("caseNumber", "caseType", "status", "beneficiary",
            "petitioner", "responsibleAttorney", "caseDeadline", "daysLeft", "urgency", "caseDeadlineRule",
            "openOutsourcing", "site", "libraryPath", "uscisStatus", "uscisCheckedOn").map(c -> "lpodesk.cases.csv." + c).toList();

    /** The bundle key of an urgency's label, e.g. {@code lpodesk.urgency.SOON}. */
    public static String urgencyKey(Urgency urgency) {
        return "lpodesk.urgency." + urgency.name();
    }

    private final int defaultPageSize;
    private final int maxPageSize;
    private final int maxRows;

    /**
     * @param maxRows the most cases one request may match (the query's rows before the site and
     *                outsourcing filters), so the most a CSV download holds
     */
    public CaseList(int defaultPageSize, int maxPageSize, int maxRows) {
        if (defaultPageSize < 1 || defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("page sizes must satisfy 1 <= default (" + defaultPageSize
                    + ") <= max (" + maxPageSize + ")");
        }
        if (maxRows < maxPageSize) {
            throw new IllegalArgumentException("the most rows a list may match (" + maxRows
                    + ") must be at least the page size (" + maxPageSize + ")");
        }
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
        this.maxRows = maxRows;
    }

    public int maxRows() {
        return maxRows;
    }

    /** True when the request asks for the case list rather than the picker's page of open cases. */
    public static boolean isListRequest(RequestArguments args) {
        return LIST_ARGUMENTS.stream().anyMatch(name -> args.optionalText(name).isPresent());
    }

    /**
     * Refuses the LPO vendors' people: the firm's list of cases, beneficiaries and attorneys is
     * never theirs to read, whatever a case's permissions say. A repository administrator is not refused.
     *
     * @param authorities every authority of the current user (groups included, nested ones too)
     * @throws NotAllowedException (403) for a member of any vendor group
     */
    public static void refuseVendorUsers(Collection<String> authorities, boolean administrator) {
        if (!administrator && authorities.stream().anyMatch(CaseList::isVendorGroup)) {
            throw new NotAllowedException(Messages.format("list.vendorUser"));
        }
    }

    /** {@code GROUP_LPO_<ID>_<ROLE>} (see {@code Vendor.group}). */
    static boolean isVendorGroup(String authority) {
        return authority != null && authority.startsWith(VENDOR_GROUP_PREFIX)
                && Arrays.stream(VendorRole.values()).anyMatch(r -> authority.endsWith("_" + r.groupSuffix()));
    }

    /** What a request for a site that does not exist, or that the caller may not see, is answered (404). */
    public static IllegalArgumentException siteNotFound(String site) {
        return new IllegalArgumentException(Messages.format("list.site.notFound", site));
    }

    /** The request, validated: every malformed argument is a 400 naming it. */
    public Request request(RequestArguments args, LocalDate today) {
        Optional<String> site = args.optionalText("site");
        site.ifPresent(s -> {
            if (!SITE.matcher(s).matches()) {
                throw invalid("site", "argument.shape", "site", s, Messages.format("list.site.shape"));
            }
        });
        Optional<CaseStatus> status = Optional.empty();
        boolean all = false;
        Optional<String> statusText = args.optionalText("status");
        if (statusText.isPresent() && !statusText.get().equals(OPEN_STATUSES)) {
            if (statusText.get().equals(ALL_STATUSES)) {
                all = true;
            } else {
                String wanted = statusText.get();
                status = Optional.of(Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(wanted)).findFirst()
                        .orElseThrow(() -> invalid("status", "argument.notOneOf", "status", wanted,
                                Stream.concat(Stream.of(OPEN_STATUSES, ALL_STATUSES),
                                        Arrays.stream(CaseStatus.values()).map(Enum::name)).collect(Collectors.joining(", ")))));
            }
        }
        Optional<CaseType> type = Optional.ofNullable(args.optionalEnum("type", CaseType.class, null));
        Optional<String> attorney = args.optionalText("attorney");
        attorney.ifPresent(a -> {
            if (!USER_NAME.matcher(a).matches()) {
                throw invalid("attorney", "argument.shape", "attorney", a, Messages.format("list.attorney.shape"));
            }
        });
        Optional<Integer> due = args.optionalText("dueWithinDays").isPresent()
                ? Optional.of(args.optionalInt("dueWithinDays", 0, 0, MAX_DUE_WITHIN_DAYS)) : Optional.empty();
        boolean openOutsourcing = Boolean.parseBoolean(args.optionalChoice("openOutsourcing", "false", "true", "false"));
        boolean missingEvidence = Boolean.parseBoolean(args.optionalChoice("missingEvidence", "false", "true", "false"));
        Sort sort = Sort.valueOf(args.optionalChoice("sort", "deadline", "deadline", "number", "beneficiary")
                .toUpperCase(Locale.ROOT));
        Direction dir = Direction.valueOf(args.optionalChoice("dir", "asc", "asc", "desc").toUpperCase(Locale.ROOT));
        Format format = Format.valueOf(args.optionalChoice("format", "json", "json", "csv").toUpperCase(Locale.ROOT));
        int skip = args.optionalInt("skip", 0, 0, Integer.MAX_VALUE - maxPageSize - 1);
        int max = args.optionalInt("max", defaultPageSize, 1, maxPageSize);
        return new Request(site, status, all, type, attorney, due, openOutsourcing, missingEvidence, sort, dir, skip, max,
                format, today);
    }

    private static InvalidArgumentException invalid(String argument, String key, Object... values) {
        return new InvalidArgumentException(argument, ApiMessages.format(key,
                Arrays.stream(values).map(String::valueOf).toArray()));
    }

    /**
     * The query's rows that pass the site and open-outsourcing filters, in the query's order.
     *
     * @param candidates what the queries returned, at most {@code maxRows + 1}
     * @throws InvalidRequestException (400) when the query matched more than {@code maxRows} cases
     */
    public List<Candidate> select(List<Candidate> candidates, Request request) {
        if (candidates.size() > maxRows) {
            throw new InvalidRequestException(Messages.format("list.tooMany", maxRows));
        }
        return candidates.stream()
                .filter(c -> request.site().isEmpty() || request.site().get().equals(c.site()))
                .filter(c -> !request.openOutsourcing() || c.openOutsourcing() > 0)
                .toList();
    }

    /** The requested page of the selected rows (for JSON); CSV takes them all. */
    public <T> List<T> page(List<T> selected, Request request) {
        if (request.format() == Format.CSV) {
            return selected;
        }
        int from = Math.min(selected.size(), request.skip());
        return selected.subList(from, Math.min(selected.size(), from + request.max()));
    }

    /** The JSON answer for a page of rows out of {@code total} selected ones. */
    public Map<String, Object> toJson(List<Row> pageRows, int total, Request request) {
        List<Map<String, Object>> cases = new ArrayList<>();
        for (Row r : pageRows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("nodeRef", r.nodeRef());
            row.put("caseNumber", blankToNull(r.caseNumber()));
            row.put("caseType", blankToNull(r.caseType()));
            row.put("caseTypeLabel", blankToNull(r.caseTypeLabel()));
            row.put("status", blankToNull(r.status()));
            row.put("statusLabel", blankToNull(r.statusLabel()));
            row.put("beneficiary", blankToNull(r.beneficiary()));
            row.put("petitioner", blankToNull(r.petitioner()));
            row.put("responsibleAttorney", blankToNull(r.responsibleAttorney()));
            row.put("responsibleAttorneyName", blankToNull(r.responsibleAttorneyName()));
            row.put("caseDeadline", r.caseDeadline());
            row.put("caseDeadlineRule", blankToNull(r.caseDeadlineRule()));
            row.put("daysLeft", r.caseDeadline().map(d -> daysLeft(d, request.today())));
            row.put("urgency", r.caseDeadline().map(d -> Urgency.of(d, false, request.today())));
            row.put("openOutsourcing", r.openOutsourcing());
            row.put("site", blankToNull(r.site()));
            row.put("libraryPath", blankToNull(r.libraryPath()));
            row.put("evidence", r.evidence().map(e -> {
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("ready", e.ready());
                evidence.put("missing", e.missing());
                evidence.put("required", e.required());
                evidence.put("summary", blankToNull(e.summary()));
                return evidence;
            }));
            row.put("uscis", r.uscis().map(u -> {
                Map<String, Object> uscis = new LinkedHashMap<>();
                uscis.put("status", u.status());
                uscis.put("checkedOn", u.checkedOn().toString());
                return uscis;
            }));
            cases.add(row);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("skip", request.skip());
        answer.put("max", request.max());
        answer.put("hasMore", request.skip() + pageRows.size() < total);
        answer.put("total", total);
        answer.put("cases", cases);
        return answer;
    }

    /**
     * Every row as CSV: a header row of labels, then one row per case (dates ISO yyyy-MM-dd).
     *
     * @param label the repository bundle's text for a key ({@link #CSV_HEADER_KEYS}, {@link #urgencyKey}); the key when it has none
     */
    public void writeCsv(List<Row> rows, Request request, Function<String, String> label, Appendable out) {
        Function<String, String> text = key -> Optional.ofNullable(label.apply(key)).filter(s -> !s.isBlank()).orElse(key);
        try {
            Csv.row(out, CSV_HEADER_KEYS.stream().map(text).toList());
            for (Row r : rows) {
                Optional<LocalDate> due = r.caseDeadline();
                Csv.row(out, Arrays.asList(r.caseNumber(), r.caseTypeLabel(), r.statusLabel(), r.beneficiary(),
                        r.petitioner(), r.responsibleAttorneyName(), due.map(LocalDate::toString).orElse(""),
                        due.map(d -> Long.toString(daysLeft(d, request.today()))).orElse(""),
                        due.map(d -> text.apply(urgencyKey(Urgency.of(d, false, request.today())))).orElse(""),
                        r.caseDeadlineRule(), Integer.toString(r.openOutsourcing()), r.site(), r.libraryPath(),
                        r.uscis().map(UscisStatus::status).orElse(""),
                        r.uscis().map(u -> u.checkedOn().toString()).orElse("")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The download's file name: {@code cases-<site>-<yyyy-MM-dd>.csv}, {@code cases-all-…} without a site. */
    public static String csvFileName(Request request) {
        return "cases-" + request.site().orElse("all") + "-" + request.today() + ".csv";
    }

    /** Calendar days from the firm's today to the date: 0 today, negative once passed. */
    private static long daysLeft(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
