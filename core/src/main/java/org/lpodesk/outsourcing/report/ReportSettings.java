package org.lpodesk.outsourcing.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.lpodesk.deadline.VendorDueDatePolicy;
import org.lpodesk.outsourcing.BusinessCalendar;

/**
 * The firm's clock for the reports: its time zone (periods are its calendar months and quarters),
 * its business days and hours (turnaround and decision times are firm business hours, so that a
 * weekend or a night in the firm's zone does not count against anyone), and the filing time the
 * review buffer keeps before a case deadline.
 *
 * @param firmZone           the firm's time zone
 * @param firmCalendar       the firm's business days (e.g. weekdays less federal holidays)
 * @param dayStart           the firm's business day starts at this local time
 * @param dayEnd             and ends at this one (after {@code dayStart})
 * @param filingBusinessDays firm business days a filing needs to leave the firm before the deadline
 */
public record ReportSettings(ZoneId firmZone, BusinessCalendar firmCalendar, LocalTime dayStart, LocalTime dayEnd,
                             int filingBusinessDays) {

    /** The most filing time a firm can configure; a larger figure is a typing error. */
    public static final int MAX_FILING_DAYS = 30;

    public ReportSettings {
        Objects.requireNonNull(firmZone, "firmZone");
        Objects.requireNonNull(firmCalendar, "firmCalendar");
        Objects.requireNonNull(dayStart, "dayStart");
        Objects.requireNonNull(dayEnd, "dayEnd");
        if (!dayEnd.isAfter(dayStart)) {
            throw new IllegalArgumentException(Messages.format("settings.hours.invalid", dayStart, dayEnd));
        }
        if (filingBusinessDays < 0 || filingBusinessDays > MAX_FILING_DAYS) {
            throw new IllegalArgumentException(Messages.format("settings.filingDays.invalid",
                    Integer.toString(filingBusinessDays)));
        }
    }

    /** 9:00 to 17:00 on the given calendar, the deadline rules' default filing time (2 business days). */
    public static ReportSettings defaults(ZoneId firmZone, BusinessCalendar firmCalendar) {
        return new ReportSettings(firmZone, firmCalendar, LocalTime.of(9, 0), LocalTime.of(17, 0),
                VendorDueDatePolicy.DEFAULT_FILING_BUSINESS_DAYS);
    }

    /**
     * The firm's settings as the repository configures them: business days are weekdays less the US
     * federal holidays (the same calendar the deadline rules roll on), 9:00 to 17:00.
     */
    public static ReportSettings federal(String firmZone) {
        return defaults(ZoneId.of(firmZone), org.lpodesk.deadline.HolidayCalendar.federal()::isBusinessDay);
    }

    /**
     * Firm business minutes between two instants: for each firm business day, the part of
     * {@code [from, to]} that falls inside its business hours. Zero when {@code to} is not after
     * {@code from}.
     */
    public long businessMinutes(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDate last = to.atZone(firmZone).toLocalDate();
        long seconds = 0;
        for (LocalDate day = from.atZone(firmZone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!firmCalendar.isBusinessDay(day)) {
                continue;
            }
            Instant open = ZonedDateTime.of(day, dayStart, firmZone).toInstant();
            Instant close = ZonedDateTime.of(day, dayEnd, firmZone).toInstant();
            Instant start = from.isAfter(open) ? from : open;
            Instant end = to.isBefore(close) ? to : close;
            if (end.isAfter(start)) {
                seconds += end.getEpochSecond() - start.getEpochSecond();
            }
        }
        return seconds / 60;
    }

    /** The last firm calendar day the firm review may finish on to keep the buffer: the deadline less the filing time. */
    public LocalDate sendBy(LocalDate caseDeadline) {
        LocalDate day = caseDeadline;
        for (int left = filingBusinessDays; left > 0; ) {
            day = day.minusDays(1);
            if (firmCalendar.isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The firm's calendar date of an instant. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(firmZone).toLocalDate();
    }
}
