package org.lpodesk.outsourcing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Turnaround in the vendor's business days.
 *
 * <p>A request counts as received on the vendor's local date when that is a business day and the
 * request arrives before the vendor's end of business day; otherwise on the next business day.
 * A turnaround of N days is due at the end of the N-th business day after the receipt day (N = 0:
 * the end of the receipt day), in the vendor's zone, expressed in the firm's zone. The elapsed
 * turnaround of a delivered task counts the vendor's business days after the receipt day up to
 * and including the delivery's local date, so a task is on time exactly when it is delivered by
 * the due instant, and "elapsed ≤ N" on every delivery made before the end of the business day.
 */
public final class TurnaroundCalculator {

    public static final LocalTime DEFAULT_BUSINESS_DAY_END = LocalTime.of(18, 0);

    /** A calendar with no business day in this many days is broken; fail instead of looping. */
    private static final int MAX_SCAN_DAYS = 366;

    private final BusinessCalendar calendar;
    private final LocalTime businessDayEnd;

    public TurnaroundCalculator(BusinessCalendar calendar, LocalTime businessDayEnd) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.businessDayEnd = Objects.requireNonNull(businessDayEnd, "businessDayEnd");
    }

    /** Weekdays only, business day ending at 18:00. */
    public static TurnaroundCalculator weekdays() {
        return new TurnaroundCalculator(BusinessCalendar.WEEKDAYS, DEFAULT_BUSINESS_DAY_END);
    }

    /** The vendor-local business day on which a request made at {@code requested} counts as received. */
    public LocalDate receiptDay(Instant requested, ZoneId vendorZone) {
        ZonedDateTime local = requested.atZone(vendorZone);
        LocalDate day = local.toLocalDate();
        if (calendar.isBusinessDay(day) && local.toLocalTime().isBefore(businessDayEnd)) {
            return day;
        }
        return nextBusinessDay(day);
    }

    /** When a task requested at {@code requested} with a turnaround of {@code businessDays} is due, in the firm's zone. */
    public ZonedDateTime due(Instant requested, int businessDays, ZoneId vendorZone, ZoneId firmZone) {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(vendorZone, "vendorZone");
        Objects.requireNonNull(firmZone, "firmZone");
        if (businessDays < 0) {
            throw new IllegalArgumentException(Messages.format("turnaround.negative", Integer.toString(businessDays)));
        }
        LocalDate day = receiptDay(requested, vendorZone);
        for (int i = 0; i < businessDays; i++) {
            day = nextBusinessDay(day);
        }
        return ZonedDateTime.of(day, businessDayEnd, vendorZone).withZoneSameInstant(firmZone);
    }

    /**
     * Business days the vendor took: business days after the receipt day up to and including the
     * delivery's local date (0 when delivered on the receipt day or before it).
     */
    public int businessDaysElapsed(Instant requested, Instant delivered, ZoneId vendorZone) {
        Objects.requireNonNull(delivered, "delivered");
        LocalDate receipt = receiptDay(requested, vendorZone);
        LocalDate deliveredOn = delivered.atZone(vendorZone).toLocalDate();
        int count = 0;
        for (LocalDate d = receipt.plusDays(1); !d.isAfter(deliveredOn); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate nextBusinessDay(LocalDate from) {
        LocalDate day = from;
        for (int i = 0; i < MAX_SCAN_DAYS; i++) {
            day = day.plusDays(1);
            if (calendar.isBusinessDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException(Messages.format("turnaround.noBusinessDay", from.toString(),
                Integer.toString(MAX_SCAN_DAYS)));
    }
}
