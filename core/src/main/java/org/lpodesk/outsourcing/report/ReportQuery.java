package org.lpodesk.outsourcing.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.outsourcing.TaskKind;

/**
 * {@code GET /lpodesk/reports/...?from=YYYY-MM-DD&to=YYYY-MM-DD&vendor=&kind=&granularity=month|quarter}:
 * firm calendar dates, both included; optionally one vendor and one task kind; months by default.
 * Built only through {@link #of} or {@link #parse}, which refuse bad input with a specific message
 * (HTTP 400) and a vendor user asking for another vendor (HTTP 403) before anything is read.
 *
 * @param vendorId null for every vendor
 * @param kind     null for every kind
 * @param audience what the answer may show: a vendor user always gets the vendor view
 */
public record ReportQuery(LocalDate from, LocalDate to, String vendorId, TaskKind kind, Granularity granularity,
                          Audience audience) {

    /** The longest range one report covers: three years of history stays quick to read. */
    public static final int MAX_YEARS = 3;

    /** Who the report is for: the firm sees everything, a vendor its own scorecard without client data. */
    public enum Audience { FIRM, VENDOR }

    public ReportQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(audience, "audience");
    }

    /** The query from request arguments; every refusal names the argument and the value. */
    public static ReportQuery parse(RequestArguments args, Collection<String> knownVendors, ReportViewer viewer) {
        LocalDate from = args.requiredDate("from");
        LocalDate to = args.requiredDate("to");
        TaskKind kind = args.optionalText("kind").map(ReportQuery::kind).orElse(null);
        return of(from, to, args.optionalText("vendor").orElse(null), kind,
                granularity(args.optionalText("granularity").orElse(null)), knownVendors, viewer);
    }

    /**
     * @param vendorId     null for every vendor (a vendor user gets its own)
     * @param granularity  null for months
     * @param knownVendors the vendor ids the firm has engaged
     */
    public static ReportQuery of(LocalDate from, LocalDate to, String vendorId, TaskKind kind, Granularity granularity,
                                 Collection<String> knownVendors, ReportViewer viewer) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(knownVendors, "knownVendors");
        Objects.requireNonNull(viewer, "viewer");
        if (viewer.role() == ReportViewer.Role.NONE) {
            throw new NotAllowedException(Messages.format("query.notAllowed", viewer.userName()));
        }
        if (from.isAfter(to)) {
            throw new InvalidArgumentException("from", Messages.format("query.from.afterTo", from, to));
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw new InvalidArgumentException("to", Messages.format("query.range.tooLong", from, to,
                    Integer.toString(MAX_YEARS)));
        }
        String vendor = vendorId == null || vendorId.isBlank() ? null : vendorId.strip();
        if (viewer.role() == ReportViewer.Role.VENDOR) {
            // a vendor's user never learns whether another vendor exists: the refusal comes first
            if (vendor != null && !vendor.equals(viewer.vendorId())) {
                throw new NotAllowedException(Messages.format("query.vendor.notYours", viewer.vendorId(), vendor));
            }
            vendor = viewer.vendorId();
        }
        if (vendor != null && !knownVendors.contains(vendor)) {
            throw new InvalidArgumentException("vendor", Messages.format("query.vendor.unknown", vendor,
                    String.join(", ", new TreeSet<>(knownVendors))));
        }
        return new ReportQuery(from, to, vendor, kind, granularity == null ? Granularity.MONTH : granularity,
                viewer.role() == ReportViewer.Role.VENDOR ? Audience.VENDOR : Audience.FIRM);
    }

    /** A task kind by its catalogue name (case-insensitive); a specific 400 for anything else. */
    public static TaskKind kind(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (TaskKind k : TaskKind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        throw new InvalidArgumentException("kind", Messages.format("query.kind.unknown", text,
                Arrays.stream(TaskKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** {@code month} or {@code quarter} (case-insensitive); null or blank means month. */
    public static Granularity granularity(String text) {
        if (text == null || text.isBlank()) {
            return Granularity.MONTH;
        }
        for (Granularity g : Granularity.values()) {
            if (g.parameterValue().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return g;
            }
        }
        throw new InvalidArgumentException("granularity", Messages.format("query.granularity.invalid", text));
    }

    public Optional<String> vendor() {
        return Optional.ofNullable(vendorId);
    }

    public Optional<TaskKind> taskKind() {
        return Optional.ofNullable(kind);
    }

    /** The file name offered for a CSV download, e.g. {@code lpo-report-acme-2026-01-01-2026-03-31.csv}. */
    public String csvFileName(String table) {
        return "lpo-" + table + "-" + (vendorId == null ? "all" : vendorId) + "-" + from + "-" + to + ".csv";
    }
}
