package org.lpodesk.outsourcing.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lpodesk.api.Csv;
import org.lpodesk.billing.Money;

/**
 * A {@link Report} as CSV tables (RFC 4180 through {@link Csv}) for the accountant's spreadsheet:
 * {@link Table#INDICATORS} (a row per group, the total last), {@link Table#PACKAGES},
 * {@link Table#CASES} and {@link Table#ATTORNEYS} (the last two for the firm only). Column names
 * are stable identifiers, not translated text. Amounts in different currencies are never added: a
 * group with cost in two currencies gets one row per currency, and the second row carries only the
 * group's name and the cost columns, so a column sum counts every task once.
 */
public final class ReportCsv {

    public enum Table { INDICATORS, PACKAGES, CASES, ATTORNEYS }

    private static final List<String> HEAD = List.of("vendor", "kind", "period", "requested", "accepted", "declined",
            "delivered", "cancelled", "open", "turnaround_tasks", "turnaround_median_business_hours",
            "turnaround_p90_business_hours", "sla_tasks", "on_time", "late", "sla_compliance");
    private static final List<String> BUFFER = List.of("buffer_tasks", "buffer_kept", "buffer_kept_rate");
    private static final List<String> TAIL = List.of("first_pass", "first_pass_rate", "reviewed_tasks",
            "reworked_tasks", "change_requests", "rework_rate", "mean_rework_rounds", "closed_delivered",
            "hours_logged", "hourly_hours", "costed_tasks", "currency", "cost", "cost_per_task");

    /** The indicator columns of the firm's report. */
    public static final List<String> FIRM_COLUMNS = concat(HEAD, BUFFER, TAIL);
    /** The indicator columns of a vendor's scorecard: no review buffer. */
    public static final List<String> VENDOR_COLUMNS = concat(HEAD, TAIL);
    public static final List<String> PACKAGE_COLUMNS = List.of("vendor", "period", "months", "package_hours",
            "hourly_hours", "used", "left", "overage", "currency", "overage_amount", "package_charge");
    public static final List<String> CASE_COLUMNS = List.of("case_id", "case_number", "requested", "delivered",
            "hours_logged", "costed_tasks", "currency", "cost");
    public static final List<String> ATTORNEY_COLUMNS = List.of("attorney", "decisions", "approvals",
            "change_requests", "cancels", "median_decision_business_hours");

    public String render(Report report, Table table) {
        StringBuilder out = new StringBuilder();
        write(report, table, out);
        return out.toString();
    }

    public void write(Report report, Table table, Appendable out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(table, "table");
        try {
            switch (table) {
                case INDICATORS -> indicators(report, out);
                case PACKAGES -> packages(report, out);
                case CASES -> cases(report, out);
                case ATTORNEYS -> attorneys(report, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void indicators(Report report, Appendable out) throws IOException {
        boolean firm = !report.vendorView();
        Csv.row(out, firm ? FIRM_COLUMNS : VENDOR_COLUMNS);
        for (Report.Row r : report.rows()) {
            figures(out, r.vendorId(), r.kindLabel(), r.period(), r.figures(), firm);
        }
        figures(out, report.query().vendorId() == null ? Report.ALL : report.query().vendorId(),
                report.query().kind() == null ? Report.ALL : report.query().kind().name(), Report.ALL, report.total(), firm);
    }

    private static void figures(Appendable out, String vendor, String kind, String period, Figures f, boolean firm)
            throws IOException {
        List<String> cells = new ArrayList<>(List.of(vendor, kind, period, n(f.requested()), n(f.accepted()),
                n(f.declined()), n(f.delivered()), n(f.cancelled()), n(f.open()), n(f.turnaroundTasks()),
                d(f.turnaroundMedianHours()), d(f.turnaroundP90Hours()), n(f.slaTasks()), n(f.onTime()), n(f.late()),
                d(f.slaCompliance())));
        if (firm) {
            cells.addAll(List.of(n(f.bufferTasks()), n(f.bufferKept()), d(f.bufferKeptRate())));
        }
        cells.addAll(List.of(n(f.firstPass()), d(f.firstPassRate()), n(f.reviewedTasks()), n(f.reworkedTasks()),
                n(f.changeRequests()), d(f.reworkRate()), d(f.meanReworkRounds()), n(f.closedDelivered()),
                d(f.hoursLogged()), d(f.hourlyHours()), n(f.costedTasks())));
        List<Money> cost = f.cost();
        cells.addAll(cost.isEmpty() ? List.of("", "", "") : List.of(currency(cost.get(0)), amount(cost.get(0)),
                amount(f.costPerTask().get(0))));
        Csv.row(out, cells);
        for (int i = 1; i < cost.size(); i++) {
            List<String> more = new ArrayList<>(List.of(vendor, kind, period));
            while (more.size() < cells.size() - 3) {
                more.add("");
            }
            more.addAll(List.of(currency(cost.get(i)), amount(cost.get(i)), amount(f.costPerTask().get(i))));
            Csv.row(out, more);
        }
    }

    private static void packages(Report report, Appendable out) throws IOException {
        Csv.row(out, PACKAGE_COLUMNS);
        for (Report.PackageUse p : report.packages()) {
            Csv.row(out, p.vendorId(), p.period(), n(p.months()), d(p.packageHours()), d(p.hourlyHours()), d(p.used()),
                    d(p.left()), d(p.overage()), currency(p.overageAmount()), amount(p.overageAmount()),
                    amount(p.packageCharge()));
        }
    }

    private static void cases(Report report, Appendable out) throws IOException {
        requireFirm(report);
        Csv.row(out, CASE_COLUMNS);
        for (Report.CaseFigures c : report.cases()) {
            List<Money> cost = c.cost();
            Csv.row(out, c.caseId(), c.caseNumber(), n(c.requested()), n(c.delivered()), d(c.hoursLogged()),
                    n(c.costedTasks()), cost.isEmpty() ? "" : currency(cost.get(0)), cost.isEmpty() ? "" : amount(cost.get(0)));
            for (int i = 1; i < cost.size(); i++) {
                Csv.row(out, c.caseId(), c.caseNumber(), "", "", "", "", currency(cost.get(i)), amount(cost.get(i)));
            }
        }
    }

    private static void attorneys(Report report, Appendable out) throws IOException {
        requireFirm(report);
        Csv.row(out, ATTORNEY_COLUMNS);
        for (AttorneyLoad a : report.attorneys()) {
            Csv.row(out, a.attorney(), n(a.decisions()), n(a.approvals()), n(a.changeRequests()), n(a.cancels()),
                    d(a.medianDecisionHours()));
        }
    }

    private static void requireFirm(Report report) {
        if (report.vendorView()) {
            // the web tier refuses the table first; reaching here is a programming error, never a leak
            throw new IllegalStateException("a vendor scorecard has no case or attorney table");
        }
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    private static String d(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    private static String currency(Money money) {
        return money.currency().getCurrencyCode();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return List.copyOf(all);
    }
}
