package org.lpodesk.outsourcing.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lpodesk.billing.BillingMode;
import org.lpodesk.billing.HourPackage;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;

/**
 * A vendor's month: tasks delivered in the firm's calendar month, hours against the package,
 * overage, flat fees, SLA compliance and median turnaround.
 *
 * <p>Only hours of kinds billed hourly draw on the package; hours logged on flat-fee kinds are
 * counted per kind but cost nothing extra. Median turnaround is in the vendor's business days
 * (see {@link org.lpodesk.outsourcing.TurnaroundCalculator#businessDaysElapsed}); with an even
 * number of tasks it is the mean of the two middle values.
 *
 * @param packageHours           hours in the monthly package (0 without a package)
 * @param hourlyHours            hours logged on hourly kinds
 * @param packageHoursUsed       min(hourlyHours, packageHours)
 * @param packageHoursLeft       packageHours − packageHoursUsed
 * @param overageHours           hours above the package
 * @param packageCharge          the package's monthly charge (hours × rate), zero without a package
 * @param overageAmount          overageHours × overage rate
 * @param flatFeeTotal           sum of flat fees of the month's tasks
 * @param totalCharge            packageCharge + overageAmount + flatFeeTotal
 * @param slaCompliance          on-time tasks / tasks, 4 decimals; null when no task was delivered
 * @param medianTurnaroundBusinessDays null when no task was delivered
 * @param perKind                kinds with at least one task, in catalogue order
 */
public record MonthlyUsage(String vendorId, YearMonth month, ZoneId firmZone, Currency currency,
                           BigDecimal packageHours, BigDecimal hourlyHours, BigDecimal packageHoursUsed,
                           BigDecimal packageHoursLeft, BigDecimal overageHours, Money packageCharge,
                           Money overageAmount, Money flatFeeTotal, Money totalCharge, int tasks, int onTime,
                           int late, BigDecimal slaCompliance, BigDecimal medianTurnaroundBusinessDays,
                           Map<TaskKind, KindUsage> perKind) {

    /** The instants a firm-zone month spans. */
    public record Window(Instant fromInclusive, Instant toExclusive) {
    }

    public MonthlyUsage {
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(perKind, "perKind");
        Map<TaskKind, KindUsage> copy = new EnumMap<>(TaskKind.class);
        copy.putAll(perKind);
        perKind = Collections.unmodifiableMap(copy);
    }

    public static Window window(YearMonth month, ZoneId firmZone) {
        return new Window(month.atDay(1).atStartOfDay(firmZone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(firmZone).toInstant());
    }

    /**
     * Computes the month from records; records of other vendors or delivered outside the month
     * (firm zone) are ignored, so a ledger may hand over a superset.
     */
    public static MonthlyUsage of(Engagement engagement, YearMonth month, Collection<UsageRecord> records) {
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(records, "records");
        String vendorId = engagement.vendor().id();
        Currency currency = engagement.currency();
        Window window = window(month, engagement.firmZone());
        Money zero = Money.zero(currency);

        BigDecimal hourlyHours = BigDecimal.ZERO;
        Money flatFees = zero;
        int onTime = 0;
        List<Integer> turnarounds = new ArrayList<>();
        Map<TaskKind, List<UsageRecord>> byKind = new EnumMap<>(TaskKind.class);
        for (UsageRecord r : records) {
            if (!r.vendorId().equals(vendorId) || r.delivered().isBefore(window.fromInclusive())
                    || !r.delivered().isBefore(window.toExclusive())) {
                continue;
            }
            if (r.billingMode() == BillingMode.HOURLY) {
                hourlyHours = hourlyHours.add(r.hours());
            }
            flatFees = flatFees.plus(r.fee());
            if (r.onTime()) {
                onTime++;
            }
            turnarounds.add(r.turnaroundBusinessDays());
            byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
        }
        Map<TaskKind, KindUsage> perKind = new EnumMap<>(TaskKind.class);
        byKind.forEach((kind, list) -> perKind.put(kind, kindUsage(kind, list, zero)));

        Optional<HourPackage> pkg = engagement.hourPackageIfAny();
        BigDecimal packageHours = pkg.map(HourPackage::hoursPerMonth).orElse(BigDecimal.ZERO);
        BigDecimal used = hourlyHours.min(packageHours);
        BigDecimal left = packageHours.subtract(used);
        BigDecimal overage = hourlyHours.subtract(used);
        Money packageCharge = pkg.map(HourPackage::monthlyCharge).orElse(zero);
        // Hourly kinds require a package (Engagement validates it), so overage without one is
        // possible only for records closed under an earlier engagement: it is then priced at zero
        // here rather than guessed, and still shown in hours.
        Money overageAmount = pkg.map(p -> p.overageRate().times(overage)).orElse(zero);
        int tasks = turnarounds.size();
        BigDecimal compliance = tasks == 0 ? null
                : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(tasks), 4, RoundingMode.HALF_UP);
        return new MonthlyUsage(vendorId, month, engagement.firmZone(), currency, packageHours, hourlyHours, used,
                left, overage, packageCharge, overageAmount, flatFees, packageCharge.plus(overageAmount).plus(flatFees),
                tasks, onTime, tasks - onTime, compliance, median(turnarounds), perKind);
    }

    private static KindUsage kindUsage(TaskKind kind, List<UsageRecord> records, Money zero) {
        int onTime = (int) records.stream().filter(UsageRecord::onTime).count();
        BigDecimal hours = records.stream().map(UsageRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        Money fees = records.stream().map(UsageRecord::fee).reduce(zero, Money::plus);
        Money cost = records.stream().map(UsageRecord::cost).reduce(zero, Money::plus);
        List<Integer> turnarounds = records.stream().map(UsageRecord::turnaroundBusinessDays).toList();
        return new KindUsage(kind, records.size(), onTime, records.size() - onTime, hours, fees, cost,
                median(turnarounds));
    }

    private static BigDecimal median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        if (n % 2 == 1) {
            return BigDecimal.valueOf(sorted.get(n / 2)).setScale(1);
        }
        return BigDecimal.valueOf(sorted.get(n / 2 - 1) + (long) sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }
}
