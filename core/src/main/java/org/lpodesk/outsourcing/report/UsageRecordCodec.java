package org.lpodesk.outsourcing.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.lpodesk.billing.BillingMode;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.usage.UsageRecord;

/**
 * A {@link UsageRecord} as a flat map of strings, the form the repository keeps in its
 * attribute store; reading goes through the record's own validation, so a damaged entry is
 * reported rather than counted.
 */
public final class UsageRecordCodec {

    private UsageRecordCodec() {
    }

    public static HashMap<String, String> toMap(UsageRecord r) {
        HashMap<String, String> m = new HashMap<>();
        m.put("taskId", r.taskId());
        m.put("vendorId", r.vendorId());
        m.put("kind", r.kind().name());
        m.put("billingMode", r.billingMode().name());
        m.put("clientCharge", r.clientCharge().name());
        m.put("hours", r.hours().toPlainString());
        m.put("currency", r.fee().currency().getCurrencyCode());
        m.put("fee", r.fee().amount().toPlainString());
        m.put("cost", r.cost().amount().toPlainString());
        m.put("requested", r.requested().toString());
        m.put("due", r.due().toString());
        m.put("delivered", r.delivered().toString());
        m.put("turnaround", Integer.toString(r.turnaroundBusinessDays()));
        return m;
    }

    /** @throws IllegalArgumentException naming the task and the field that cannot be read */
    public static UsageRecord fromMap(Map<String, String> m) {
        String task = m.get("taskId");
        try {
            Currency currency = Currency.getInstance(m.get("currency"));
            return new UsageRecord(task, m.get("vendorId"), TaskKind.valueOf(m.get("kind")),
                    BillingMode.valueOf(m.get("billingMode")), ClientCharge.valueOf(m.get("clientCharge")),
                    new BigDecimal(m.get("hours")), Money.of(new BigDecimal(m.get("fee")), currency),
                    Money.of(new BigDecimal(m.get("cost")), currency), Instant.parse(m.get("requested")),
                    Instant.parse(m.get("due")), Instant.parse(m.get("delivered")),
                    Integer.parseInt(m.get("turnaround")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Stored usage record of task '" + task + "' cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
