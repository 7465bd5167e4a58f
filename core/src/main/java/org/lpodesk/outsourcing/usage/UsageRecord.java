package org.lpodesk.outsourcing.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.lpodesk.billing.BillingMode;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.BusinessCalendar;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;

/**
 * One closed (delivered) outsourced task, as the ledger keeps it. The billing terms are copied in
 * at close time so that a later change of the engagement does not rewrite past months.
 *
 * @param taskId                 the workflow's task (process) id; the ledger's idempotency key
 * @param vendorId               the vendor's id
 * @param kind                   the task kind
 * @param billingMode            flat fee, or hourly against the monthly package
 * @param clientCharge           billed to the client as a fee, or passed through at cost
 * @param hours                  hours the vendor logged, non-negative
 * @param fee                    the vendor's flat fee for the task (zero when billed hourly)
 * @param cost                   the firm's nominal cost: the flat fee, or hours × package rate
 * @param requested              when the firm requested the task
 * @param due                    when it was due
 * @param delivered              when the vendor delivered it (the firm attorney's approval closes it later)
 * @param turnaroundBusinessDays vendor business days taken, see {@link org.lpodesk.outsourcing.TurnaroundCalculator#businessDaysElapsed}
 */
public record UsageRecord(String taskId, String vendorId, TaskKind kind, BillingMode billingMode,
                          ClientCharge clientCharge, BigDecimal hours, Money fee, Money cost, Instant requested,
                          Instant due, Instant delivered, int turnaroundBusinessDays) {

    public UsageRecord {
        if (taskId == null || taskId.isBlank()) {
            throw new IllegalArgumentException(Messages.format("record.taskId.blank"));
        }
        require(vendorId != null && !vendorId.isBlank(), "record.vendor.missing", taskId);
        require(kind != null, "record.kind.missing", taskId);
        require(billingMode != null, "record.billingMode.missing", taskId);
        require(clientCharge != null, "record.clientCharge.missing", taskId);
        require(hours != null, "record.hours.missing", taskId);
        require(hours.signum() >= 0, "record.hours.negative", taskId, hours.toPlainString());
        require(fee != null && cost != null, "record.money.missing", taskId);
        require(!fee.isNegative(), "record.fee.negative", taskId, fee);
        require(!cost.isNegative(), "record.cost.negative", taskId, cost);
        require(fee.currency().equals(cost.currency()), "record.currency.mixed", taskId, fee, cost);
        require(billingMode != BillingMode.HOURLY || fee.isZero(), "record.fee.hourly", taskId, fee);
        require(requested != null && due != null && delivered != null, "record.instant.missing", taskId);
        require(!due.isBefore(requested), "record.due.beforeRequest", taskId, due, requested);
        require(!delivered.isBefore(requested), "record.delivered.beforeRequest", taskId, delivered, requested);
        require(turnaroundBusinessDays >= 0, "record.turnaround.negative", taskId, turnaroundBusinessDays);
    }

    /**
     * The record of a task delivered under an engagement: billing copied from the engagement,
     * turnaround counted on the vendor's calendar.
     *
     * @param due the due instant fixed when the task was requested (not recomputed: the
     *            engagement may have changed since)
     */
    public static UsageRecord close(Engagement engagement, BusinessCalendar vendorCalendar, String taskId,
                                    TaskKind kind, BigDecimal hours, Instant requested, Instant due,
                                    Instant delivered) {
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(vendorCalendar, "vendorCalendar");
        BillingMode mode = engagement.billingMode(kind);
        Money cost = engagement.nominalCost(kind, hours == null ? BigDecimal.ZERO : hours);
        Money fee = mode == BillingMode.FLAT_FEE ? cost : Money.zero(engagement.currency());
        int elapsed = requested == null || delivered == null ? 0
                : engagement.turnaround(vendorCalendar).businessDaysElapsed(requested, delivered,
                        engagement.vendor().zone());
        return new UsageRecord(taskId, engagement.vendor().id(), kind, mode, engagement.clientCharge(kind), hours,
                fee, cost, requested, due, delivered, elapsed);
    }

    /** Delivered no later than the due instant. */
    public boolean onTime() {
        return !delivered.isAfter(due);
    }

    private static void require(boolean ok, String key, Object... args) {
        if (!ok) {
            Object[] texts = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                texts[i] = String.valueOf(args[i]);
            }
            throw new IllegalArgumentException(Messages.format(key, texts));
        }
    }
}
