package org.lpodesk.outsourcing.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.TaskKind;

/**
 * The answer to a {@link ReportQuery}: indicator rows per vendor × task kind × period (with a row
 * per vendor × period over all kinds, {@code kind} null), the total of the whole selection, the
 * hours against each vendor's package, and, for the firm only, the figures per case and the
 * attorneys' review load.
 *
 * @param rows       ordered by vendor, period, then kind (the all-kinds row first)
 * @param total      every task of the selection in one group
 * @param packages   per vendor and period
 * @param cases      per case (empty in the vendor view)
 * @param attorneys  per attorney (empty in the vendor view)
 */
public record Report(ReportQuery query, List<Row> rows, Figures total, List<PackageUse> packages,
                     List<CaseFigures> cases, List<AttorneyLoad> attorneys) {

    /** The period label of the total, and the kind label of the all-kinds rows in CSV. */
    public static final String ALL = "ALL";

    /** One group: a vendor, a task kind (null: all kinds) and a period label (see {@link Granularity#period}). */
    public record Row(String vendorId, TaskKind kind, String period, Figures figures) {
        public Row {
            Objects.requireNonNull(vendorId, "vendorId");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(figures, "figures");
        }

        public String kindLabel() {
            return kind == null ? ALL : kind.name();
        }
    }

    /**
     * A vendor's hours against its monthly package over a period (months added up, each measured
     * against its own package; see {@link Indicator#HOURS_AGAINST_PACKAGE}).
     *
     * @param months        calendar months of the period inside the report's range
     * @param packageHours  package hours of those months
     * @param overageAmount overage × overage rate, in the engagement's currency
     * @param packageCharge what the package itself costs for those months, used or not
     */
    public record PackageUse(String vendorId, String period, int months, BigDecimal packageHours,
                             BigDecimal hourlyHours, BigDecimal used, BigDecimal left, BigDecimal overage,
                             Money overageAmount, Money packageCharge) {
        public PackageUse {
            Objects.requireNonNull(vendorId, "vendorId");
            Objects.requireNonNull(overageAmount, "overageAmount");
            Objects.requireNonNull(packageCharge, "packageCharge");
        }
    }

    /**
     * One case: the tasks requested for it in the range and the hours and cost of its tasks closed
     * as delivered in the range.
     *
     * @param cost one amount per currency (never added across currencies)
     */
    public record CaseFigures(String caseId, String caseNumber, int requested, int delivered, BigDecimal hoursLogged,
                              int costedTasks, List<Money> cost) {
        public CaseFigures {
            Objects.requireNonNull(caseId, "caseId");
            cost = List.copyOf(cost);
        }
    }

    public Report {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(total, "total");
        rows = List.copyOf(rows);
        packages = List.copyOf(packages);
        cases = List.copyOf(cases);
        attorneys = List.copyOf(attorneys);
    }

    /**
     * The vendor's own scorecard: only its rows and packages, no case (ids, numbers and the clients
     * they lead to), no attorney, no review buffer. Cost stays: it is the vendor's own invoice.
     */
    public Report vendorView(String vendorId) {
        Objects.requireNonNull(vendorId, "vendorId");
        ReportQuery q = query;
        if (!vendorId.equals(q.vendorId())) {
            throw new IllegalStateException("the vendor view of " + vendorId + " needs a report of that vendor only, not of "
                    + (q.vendorId() == null ? "every vendor" : q.vendorId()));
        }
        ReportQuery vendorQuery = new ReportQuery(q.from(), q.to(), vendorId, q.kind(), q.granularity(),
                ReportQuery.Audience.VENDOR);
        List<Row> own = rows.stream().filter(r -> r.vendorId().equals(vendorId))
                .map(r -> new Row(r.vendorId(), r.kind(), r.period(), r.figures().forVendor())).toList();
        return new Report(vendorQuery, own, total.forVendor(),
                packages.stream().filter(p -> p.vendorId().equals(vendorId)).toList(), List.of(), List.of());
    }

    public boolean vendorView() {
        return query.audience() == ReportQuery.Audience.VENDOR;
    }
}
