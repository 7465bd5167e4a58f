package org.lpodesk.deadline;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A weekday on which federal offices (or, for a firm closure, the firm's filing office) are
 * closed, with its reason.
 *
 * @param date the closed day
 * @param kind why it is closed
 * @param name the day's name for people, e.g. "Independence Day (observed)"
 */
public record Closure(LocalDate date, Kind kind, Text name) {

    public enum Kind {
        /** A legal public holiday of 5 U.S.C. 6103(a), on its observed date. */
        FEDERAL_HOLIDAY,
        /** Inauguration Day, a holiday in the Washington, D.C. area (5 U.S.C. 6103(c)). */
        INAUGURATION_DAY,
        /** A day the firm's configuration adds, e.g. a closure ordered by the President. */
        ADDITIONAL
    }

    public Closure {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    static Closure federal(FederalHoliday holiday, int year) {
        LocalDate actual = holiday.dateIn(year).orElseThrow();
        LocalDate observed = holiday.observedIn(year).orElseThrow();
        Text name = actual.equals(observed)
                ? Text.of(holiday.messageKey())
                : Text.of("holiday.observed", Text.of(holiday.messageKey()));
        return new Closure(observed, Kind.FEDERAL_HOLIDAY, name);
    }

    /** A closure the firm adds, e.g. a day federal offices close by presidential order; the label may be blank. */
    public static Closure additional(LocalDate date, String label) {
        return new Closure(date, Kind.ADDITIONAL, label == null || label.isBlank()
                ? Text.of("closure.additional.unnamed")
                : Text.of("closure.additional", label.strip()));
    }

    public String name(Locale locale) {
        return name.format(locale);
    }
}
