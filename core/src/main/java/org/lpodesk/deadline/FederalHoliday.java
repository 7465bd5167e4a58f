package org.lpodesk.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The legal public holidays of 5 U.S.C. 6103(a). A holiday on a Saturday is observed on the
 * Friday before, one on a Sunday on the Monday after (5 U.S.C. 6103(b); Executive Order 11582);
 * so New Year's Day on a Saturday is observed on December 31 of the year before.
 */
public enum FederalHoliday {
    NEW_YEARS_DAY(fixed(Month.JANUARY, 1)),
    BIRTHDAY_OF_MARTIN_LUTHER_KING_JR(nth(Month.JANUARY, 3, DayOfWeek.MONDAY)),
    WASHINGTONS_BIRTHDAY(nth(Month.FEBRUARY, 3, DayOfWeek.MONDAY)),
    MEMORIAL_DAY(year -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))),
    JUNETEENTH(fixed(Month.JUNE, 19)),
    INDEPENDENCE_DAY(fixed(Month.JULY, 4)),
    LABOR_DAY(nth(Month.SEPTEMBER, 1, DayOfWeek.MONDAY)),
    COLUMBUS_DAY(nth(Month.OCTOBER, 2, DayOfWeek.MONDAY)),
    VETERANS_DAY(fixed(Month.NOVEMBER, 11)),
    THANKSGIVING_DAY(nth(Month.NOVEMBER, 4, DayOfWeek.THURSDAY)),
    CHRISTMAS_DAY(fixed(Month.DECEMBER, 25));

    /** Juneteenth became a legal public holiday on June 17, 2021 (Pub. L. 117-17). */
    static final int JUNETEENTH_FIRST_YEAR = 2021;

    private final IntFunction<LocalDate> rule;

    FederalHoliday(IntFunction<LocalDate> rule) {
        this.rule = rule;
    }

    /** The holiday's own date in the given year, if it was a holiday that year. */
    public Optional<LocalDate> dateIn(int year) {
        if (this == JUNETEENTH && year < JUNETEENTH_FIRST_YEAR) {
            return Optional.empty();
        }
        return Optional.of(rule.apply(year));
    }

    /**
     * The day federal offices are closed for the holiday of the given year; for New Year's Day
     * this can be December 31 of the year before.
     */
    public Optional<LocalDate> observedIn(int year) {
        return dateIn(year).map(FederalHoliday::observed);
    }

    /** Key of the holiday's name in the message bundle. */
    public String messageKey() {
        return "holiday." + name();
    }

    private static LocalDate observed(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    private static IntFunction<LocalDate> fixed(Month month, int day) {
        return year -> LocalDate.of(year, month, day);
    }

    private static IntFunction<LocalDate> nth(Month month, int ordinal, DayOfWeek day) {
        return year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }
}
