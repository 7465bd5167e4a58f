package org.lpodesk.outsourcing.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.lpodesk.api.Csv;
import org.lpodesk.billing.Money;

/**
 * Renders a {@link MonthlyUsage} as CSV (RFC 4180, CRLF line ends) for the vendor usage report.
 * One table: a row per task kind with tasks, then an {@code ALL} row with the month's totals;
 * the package columns are filled on the {@code ALL} row only. Column names are stable
 * identifiers for spreadsheets and integrators, not translated text.
 */
public final class MonthlyUsageCsv {

    public static final List<String> COLUMNS = List.of("vendor", "month", "kind", "tasks", "on_time", "late",
            "sla_compliance", "median_turnaround_business_days", "hours", "flat_fees", "cost", "currency",
            "package_hours", "package_hours_used", "package_hours_left", "overage_hours", "overage_amount",
            "package_charge", "total_charge");

    public static final String ALL_KINDS = "ALL";

    public String render(MonthlyUsage usage) {
        StringBuilder out = new StringBuilder();
        write(usage, out);
        return out.toString();
    }

    public void write(MonthlyUsage usage, Appendable out) {
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(out, "out");
        try {
            row(out, COLUMNS.toArray(new String[0]));
            String vendor = usage.vendorId();
            String month = usage.month().toString();
            String currency = usage.currency().getCurrencyCode();
            for (KindUsage k : usage.perKind().values()) {
                String compliance = ratio(k.onTime(), k.tasks());
                row(out, vendor, month, k.kind().name(), Integer.toString(k.tasks()), Integer.toString(k.onTime()),
                        Integer.toString(k.late()), compliance, plain(k.medianTurnaroundBusinessDays()), plain(k.hours()), amount(k.flatFees()),
                        amount(k.cost()), currency, "", "", "", "", "", "", "");
            }
            Money costTotal = usage.perKind().values().stream().map(KindUsage::cost)
                    .reduce(Money.zero(usage.currency()), Money::plus);
            BigDecimal hoursTotal = usage.perKind().values().stream().map(KindUsage::hours)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            row(out, vendor, month, ALL_KINDS, Integer.toString(usage.tasks()), Integer.toString(usage.onTime()),
                    Integer.toString(usage.late()), plain(usage.slaCompliance()),
                    plain(usage.medianTurnaroundBusinessDays()), plain(hoursTotal), amount(usage.flatFeeTotal()),
                    amount(costTotal), currency,
                    plain(usage.packageHours()), plain(usage.packageHoursUsed()), plain(usage.packageHoursLeft()),
                    plain(usage.overageHours()), amount(usage.overageAmount()), amount(usage.packageCharge()),
                    amount(usage.totalCharge()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "" : BigDecimal.valueOf(part)
                .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    private static void row(Appendable out, String... cells) throws IOException {
        Csv.row(out, cells);
    }

    /** Quotes a cell holding a comma, quote or line break; a cell starting with = + - @ is defused ({@link Csv}). */
    static String escape(String cell) {
        return Csv.escape(cell);
    }
}
