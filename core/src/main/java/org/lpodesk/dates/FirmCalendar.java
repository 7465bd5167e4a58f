package org.lpodesk.dates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;

/**
 * The firm's calendar as the repository applies {@link CalendarDates}' convention: a value that
 * is some zone's midnight is the day its writer meant; any other moment (a script's "now", a
 * timestamp sent for a date) is the firm's date at that moment, as the firm's staff would read
 * it. Also the firm's "today".
 */
public final class FirmCalendar {

    private final ZoneId zone;

    public FirmCalendar(String zone) {
        this.zone = ZoneId.of(Objects.requireNonNull(zone, "zone"));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The calendar date a stored or sent {@code d:date} value stands for; never refuses. */
    public LocalDate dayOf(Instant value) {
        return CalendarDates.isSomeZonesMidnight(value) ? CalendarDates.dayOf(value) : value.atZone(zone).toLocalDate();
    }

    /** {@link #dayOf(Instant)} for a {@code java.util.Date}. */
    public LocalDate dayOf(Date value) {
        return dayOf(Objects.requireNonNull(value, "value").toInstant());
    }

    /** The firm's today. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
