package org.lpodesk.outsourcing.usage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.lpodesk.billing.BillingMode;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.TaskKind;

/** Hand-made ledger records: delivered at a given UTC instant, on time or late by one hour. */
final class UsageFixtures {

    private UsageFixtures() {
    }

    static UsageRecord hourly(String taskId, String vendorId, TaskKind kind, String hours, String cost,
                              String deliveredUtc, boolean onTime, int turnaround) {
        return record(taskId, vendorId, kind, BillingMode.HOURLY, hours, "0", cost, deliveredUtc, onTime, turnaround);
    }

    static UsageRecord flat(String taskId, String vendorId, TaskKind kind, String hours, String fee,
                            String deliveredUtc, boolean onTime, int turnaround) {
        return record(taskId, vendorId, kind, BillingMode.FLAT_FEE, hours, fee, fee, deliveredUtc, onTime, turnaround);
    }

    private static UsageRecord record(String taskId, String vendorId, TaskKind kind, BillingMode mode, String hours,
                                      String fee, String cost, String deliveredUtc, boolean onTime, int turnaround) {
        Instant delivered = Instant.parse(deliveredUtc);
        Instant due = onTime ? delivered.plus(Duration.ofHours(1)) : delivered.minus(Duration.ofHours(1));
        return new UsageRecord(taskId, vendorId, kind, mode, ClientCharge.FEE, new BigDecimal(hours), Money.usd(fee),
                Money.usd(cost), delivered.minus(Duration.ofDays(10)), due, delivered, turnaround);
    }
}
