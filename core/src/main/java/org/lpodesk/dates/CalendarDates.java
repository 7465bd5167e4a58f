package org.lpodesk.dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Objects;

/**
 * LPO Desk's one convention for a {@code d:date} property (notice date, response deadline, case
 * deadline, priority date, filing date, …): it is a calendar date of the firm, with no time and no
 * zone, and every tier reads and writes it the same way whatever its JVM's or its user's zone.
 * <ul>
 * <li><b>Stored</b> as the instant of midnight UTC of that day, {@code 2026-05-28T00:00:00.000Z}.
 * That is the instant Alfresco itself gives a day-only value in a UTC JVM, the form Share and REST
 * v1 show back ({@code 2026-05-28T00:00:00.000+0000}), and what a CMIS client sends for a
 * {@code LocalDate} at UTC.</li>
 * <li><b>Read</b> as the day of the nearest UTC midnight. A writer that sent midnight of its own
 * zone (Share's form processor parses {@code 2026-05-28} in the repository JVM's zone; a browser
 * or a client in New York or Kolkata sends its local midnight) lands within twelve hours of that
 * UTC midnight, so the day it meant is the day read; the repository then stores the canonical
 * instant.</li>
 * <li><b>A moment</b> that is no zone's midnight (a script's {@code new Date()}, a timestamp sent for
 * a date) is not a day its writer typed: the repository takes the firm's calendar date at that
 * moment ({@link FirmCalendar}); the integrator kit, which knows no firm, refuses it before
 * sending ({@link #dayOf(Instant)}).</li>
 * </ul>
 * Zones more than twelve hours ahead of UTC (Kiribati, Tonga, New Zealand's summer) would read a
 * day early; no firm or vendor LPO Desk serves sits there, and their writers can send the date
 * alone.
 */
public final class CalendarDates {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long HALF_DAY = SECONDS_PER_DAY / 2;
    private static final long QUARTER_HOUR = 900;
    private static final DateTimeFormatter CMIS_TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private CalendarDates() {
    }

    /** The canonical stored instant of a day: midnight UTC. */
    public static Instant instantOf(LocalDate day) {
        return Objects.requireNonNull(day, "day").atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The day's stored instant as a CMIS {@code TIMESTAMP} literal's text (milliseconds and 'Z', as
     * CMIS writes them): how a query compares a {@code d:date} property with a day.
     */
    public static String cmisTimestamp(LocalDate day) {
        return CMIS_TIMESTAMP.format(instantOf(day));
    }

    /** An instant as a CMIS {@code TIMESTAMP} literal's text (milliseconds and 'Z'), for d:datetime comparisons. */
    public static String cmisTimestamp(Instant instant) {
        return CMIS_TIMESTAMP.format(Objects.requireNonNull(instant, "instant"));
    }

    /** The canonical stored value of a day, as Alfresco's node service takes it. */
    public static Date toDate(LocalDate day) {
        return Date.from(instantOf(day));
    }

    /**
     * The calendar date a stored or sent instant stands for.
     *
     * @throws NotACalendarDateException when the instant is no zone's midnight
     */
    public static LocalDate dayOf(Instant value) {
        LocalDate nearest = nearestMidnight(Objects.requireNonNull(value, "value"));
        if (!isSomeZonesMidnight(value)) {
            throw new NotACalendarDateException(value, nearest);
        }
        return nearest;
    }

    private static LocalDate nearestMidnight(Instant value) {
        return LocalDate.ofEpochDay(Math.floorDiv(value.getEpochSecond() + HALF_DAY, SECONDS_PER_DAY));
    }

    /** {@link #dayOf(Instant)} for a {@code java.util.Date}. */
    public static LocalDate dayOf(Date value) {
        return dayOf(Objects.requireNonNull(value, "value").toInstant());
    }

    /**
     * True when the instant is midnight in some zone: a whole quarter-hour away from the nearest
     * UTC midnight, with no seconds (what a writer that meant a day sends).
     */
    public static boolean isSomeZonesMidnight(Instant value) {
        long fromMidnight = nearestMidnight(value).toEpochDay() * SECONDS_PER_DAY - value.getEpochSecond();
        return value.getNano() == 0 && fromMidnight % QUARTER_HOUR == 0;
    }

    /** True when the instant is already the canonical midnight UTC of its day. */
    public static boolean isCanonical(Instant value) {
        return value.getNano() == 0 && Math.floorMod(value.getEpochSecond(), SECONDS_PER_DAY) == 0;
    }

    /**
     * A calendar date given as text ({@code yyyy-mm-dd}), as LPO Desk's web scripts and the
     * kit's command line take it.
     *
     * @param what the parameter or property named in the refusal
     * @throws NotACalendarDateException for anything else, a time or a zone included
     */
    public static LocalDate parse(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new NotACalendarDateException(what, String.valueOf(text));
        }
        String trimmed = text.strip();
        if (trimmed.length() != 10) {
            throw new NotACalendarDateException(what, trimmed);
        }
        try {
            return LocalDate.parse(trimmed);
        } catch (DateTimeException e) {
            throw new NotACalendarDateException(what, trimmed);
        }
    }
}
