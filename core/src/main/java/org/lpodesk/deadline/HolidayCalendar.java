package org.lpodesk.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Business days: Monday to Friday except observed federal holidays, Inauguration Day when the
 * firm asks for it, and the additional closures the firm configures. Immutable; build one from
 * the configuration and pass it in.
 */
public final class HolidayCalendar {

    /**
     * Every holiday in force today has been kept on its current date since 1986 (the first
     * Martin Luther King Jr. Day); earlier dates would need historical rules nobody asks for.
     */
    public static final LocalDate FIRST_SUPPORTED_DATE = LocalDate.of(1986, 1, 1);

    private final boolean inaugurationDay;
    private final Map<LocalDate, Closure> additional;
    // Deadline arithmetic asks about one day at a time, many days a year apart at most; working out
    // a year's holidays once per calendar spares the dozen date computations behind every question
    private final ConcurrentMap<Integer, Map<LocalDate, Closure>> closuresByYear = new ConcurrentHashMap<>();

    private HolidayCalendar(boolean inaugurationDay, Map<LocalDate, Closure> additional) {
        this.inaugurationDay = inaugurationDay;
        this.additional = additional;
    }

    /** The federal holidays only. */
    public static HolidayCalendar federal() {
        return new HolidayCalendar(false, Map.of());
    }

    /**
     * The federal holidays plus the given closures.
     *
     * @param inaugurationDay whether Inauguration Day (January 20 after a presidential election,
     *                        the 21st when the 20th is a Sunday) closes the firm's filing office, as
     *                        it does federal offices in the Washington, D.C. area
     * @param additional      further closed days, e.g. by presidential order; a second closure on
     *                        the same date is an error
     */
    public static HolidayCalendar of(boolean inaugurationDay, Collection<Closure> additional) {
        Map<LocalDate, Closure> byDate = new TreeMap<>();
        for (Closure closure : additional) {
            requireSupported(closure.date());
            Closure previous = byDate.putIfAbsent(closure.date(), closure);
            if (previous != null) {
                throw DeadlineException.of("calendar.duplicateClosure", closure.date());
            }
        }
        return new HolidayCalendar(inaugurationDay, Map.copyOf(byDate));
    }

    /** The reason the offices are closed on a weekday, if they are; empty on open days. */
    public Optional<Closure> closureOn(LocalDate date) {
        requireSupported(date);
        return Optional.ofNullable(closuresNear(date.getYear()).get(date));
    }

    /** The closed weekdays falling in the given calendar year, in date order. */
    public List<Closure> closuresIn(int year) {
        requireSupported(LocalDate.of(year, Month.DECEMBER, 31));
        return closuresNear(year).values().stream().filter(c -> c.date().getYear() == year).toList();
    }

    public boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    public boolean isBusinessDay(LocalDate date) {
        return !isWeekend(date) && closureOn(date).isEmpty();
    }

    /** The date itself if it is a business day, otherwise the next business day. */
    public LocalDate businessDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The date itself if it is a business day, otherwise the business day before it. */
    public LocalDate businessDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The n-th business day after the date (the date itself for n = 0). */
    public LocalDate plusBusinessDays(LocalDate date, int n) {
        requireNotNegative(n);
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The n-th business day before the date (the date itself for n = 0). */
    public LocalDate minusBusinessDays(LocalDate date, int n) {
        requireNotNegative(n);
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** How many business days lie after {@code from} up to and including {@code to}; negative if reversed. */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The calendar's own additional closures, for display in an administration page. */
    public List<Closure> additionalClosures() {
        return additional.values().stream().sorted(Comparator.comparing(Closure::date)).toList();
    }

    public boolean closesOnInaugurationDay() {
        return inaugurationDay;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HolidayCalendar that && inaugurationDay == that.inaugurationDay
                && additional.equals(that.additional);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(inaugurationDay) * 31 + additional.hashCode();
    }

    @Override
    public String toString() {
        return "HolidayCalendar[federal, inaugurationDay=" + inaugurationDay + ", additional=" + additional.keySet() + "]";
    }

    /**
     * Closures of the year plus the New Year's Day of the next year, which may be observed on
     * December 31, by date.
     */
    private Map<LocalDate, Closure> closuresNear(int year) {
        return closuresByYear.computeIfAbsent(year, this::workOutClosuresNear);
    }

    private Map<LocalDate, Closure> workOutClosuresNear(int year) {
        List<Closure> closures = new ArrayList<>();
        for (FederalHoliday holiday : FederalHoliday.values()) {
            if (holiday.dateIn(year).isPresent()) {
                closures.add(Closure.federal(holiday, year));
            }
        }
        closures.add(Closure.federal(FederalHoliday.NEW_YEARS_DAY, year + 1));
        inaugurationIn(year).ifPresent(closures::add);
        additional.values().stream().filter(c -> c.date().getYear() == year).forEach(closures::add);
        // When two reasons fall on one day (Inauguration Day on MLK Day in 2025) the federal
        // holiday is named; the calendar's answer "closed" is the same either way.
        Map<LocalDate, Closure> byDate = new TreeMap<>();
        closures.forEach(c -> byDate.putIfAbsent(c.date(), c));
        return Collections.unmodifiableMap(byDate);
    }

    private Optional<Closure> inaugurationIn(int year) {
        // Inauguration years are 1969, 1973, ... ; a January 20 on a Sunday moves to the 21st,
        // one on a Saturday is not moved (5 U.S.C. 6103(c)).
        if (!inaugurationDay || year % 4 != 1) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.of(year, Month.JANUARY, 20);
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        if (isWeekend(day)) {
            return Optional.empty();
        }
        return Optional.of(new Closure(day, Closure.Kind.INAUGURATION_DAY, Text.of("holiday.INAUGURATION_DAY")));
    }

    private static void requireSupported(LocalDate date) {
        if (date.isBefore(FIRST_SUPPORTED_DATE)) {
            throw DeadlineException.of("calendar.dateUnsupported", date, FIRST_SUPPORTED_DATE);
        }
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw DeadlineException.of("calendar.negativeBusinessDays", n);
        }
    }
}
