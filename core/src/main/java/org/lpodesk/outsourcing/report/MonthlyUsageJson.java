package org.lpodesk.outsourcing.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.usage.KindUsage;
import org.lpodesk.outsourcing.usage.MonthlyUsage;

/** The JSON shape of a vendor's month (same figures as {@code MonthlyUsageCsv}, nested). */
public final class MonthlyUsageJson {

    private MonthlyUsageJson() {
    }

    public static Map<String, Object> toMap(MonthlyUsage u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vendor", u.vendorId());
        m.put("month", u.month());
        m.put("currency", u.currency().getCurrencyCode());
        m.put("tasks", u.tasks());
        m.put("onTime", u.onTime());
        m.put("late", u.late());
        m.put("slaCompliance", u.slaCompliance());
        m.put("medianTurnaroundBusinessDays", u.medianTurnaroundBusinessDays());
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("hours", u.packageHours());
        pkg.put("hoursUsed", u.packageHoursUsed());
        pkg.put("hoursLeft", u.packageHoursLeft());
        pkg.put("overageHours", u.overageHours());
        pkg.put("charge", amount(u.packageCharge()));
        pkg.put("overageAmount", amount(u.overageAmount()));
        m.put("package", pkg);
        m.put("hourlyHours", u.hourlyHours());
        m.put("flatFeeTotal", amount(u.flatFeeTotal()));
        m.put("totalCharge", amount(u.totalCharge()));
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (KindUsage k : u.perKind().values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", k.kind());
            row.put("tasks", k.tasks());
            row.put("onTime", k.onTime());
            row.put("late", k.late());
            row.put("hours", k.hours());
            row.put("flatFees", amount(k.flatFees()));
            row.put("cost", amount(k.cost()));
            kinds.add(row);
        }
        m.put("kinds", kinds);
        return m;
    }

    private static Object amount(Money money) {
        return money.amount();
    }
}
