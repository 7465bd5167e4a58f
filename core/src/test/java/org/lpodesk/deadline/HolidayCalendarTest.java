package org.lpodesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {

    private final HolidayCalendar calendar = HolidayCalendar.federal();

    /** Observed dates worked out from a printed calendar; the weekday is given to show the rule applied. */
    @ParameterizedTest(name = "{0} {1} observed {2}")
    @CsvSource({
            // Saturday holiday -> Friday before
            "JUNETEENTH,        2021, 2021-06-18", // Sat June 19, 2021: first year, observed Fri
            "NEW_YEARS_DAY,     2022, 2021-12-31", // Sat Jan 1, 2022: observed Fri Dec 31 of the year before
            "CHRISTMAS_DAY,     2021, 2021-12-24", // Sat
            "VETERANS_DAY,      2023, 2023-11-10", // Sat
            "INDEPENDENCE_DAY,  2026, 2026-07-03", // Sat
            "NEW_YEARS_DAY,     2028, 2027-12-31", // Sat Jan 1, 2028
            "JUNETEENTH,        2027, 2027-06-18", // Sat
            // Sunday holiday -> Monday after
            "JUNETEENTH,        2022, 2022-06-20", // Sun
            "CHRISTMAS_DAY,     2022, 2022-12-26", // Sun
            "NEW_YEARS_DAY,     2023, 2023-01-02", // Sun
            "INDEPENDENCE_DAY,  2021, 2021-07-05", // Sun
            "INDEPENDENCE_DAY,  2027, 2027-07-05", // Sun
            // weekday holidays stay put
            "CHRISTMAS_DAY,     2023, 2023-12-25", // Mon
            "JUNETEENTH,        2023, 2023-06-19", // Mon
            "VETERANS_DAY,      2025, 2025-11-11", // Tue
            // Monday and Thursday holidays
            "BIRTHDAY_OF_MARTIN_LUTHER_KING_JR, 2025, 2025-01-20", // third Monday of January
            "WASHINGTONS_BIRTHDAY, 2024, 2024-02-19", // third Monday of February
            "MEMORIAL_DAY,      2024, 2024-05-27", // last Monday of May
            "MEMORIAL_DAY,      2021, 2021-05-31", // last Monday, May with five Mondays
            "LABOR_DAY,         2025, 2025-09-01", // first Monday of September
            "COLUMBUS_DAY,      2025, 2025-10-13", // second Monday of October
            "THANKSGIVING_DAY,  2024, 2024-11-28", // fourth Thursday of November
            "THANKSGIVING_DAY,  2025, 2025-11-27"})
    void holidaysAreObservedOnTheRightDay(FederalHoliday holiday, int year, LocalDate observed) {
        assertThat(holiday.observedIn(year)).contains(observed);
        assertThat(calendar.isBusinessDay(observed)).isFalse();
        assertThat(calendar.closureOn(observed)).get().extracting(Closure::kind).isEqualTo(Closure.Kind.FEDERAL_HOLIDAY);
    }

    @Test
    void juneteenthIsAHolidayOnlyFrom2021() {
        assertThat(FederalHoliday.JUNETEENTH.observedIn(2020)).isEmpty();
        assertThat(calendar.isBusinessDay(LocalDate.of(2020, 6, 19))).isTrue(); // a Friday
        assertThat(calendar.closuresIn(2020)).hasSize(10);
    }

    @Test
    void newYearsDayOnASaturdayClosesDecember31OfThePreviousYearAndNothingInJanuary() {
        List<LocalDate> closed2021 = calendar.closuresIn(2021).stream().map(Closure::date).toList();
        List<LocalDate> closed2022 = calendar.closuresIn(2022).stream().map(Closure::date).toList();

        // 2021: Jan 1 (its own New Year's Day) and Dec 31 (2022's): 12 closures in all
        assertThat(closed2021).hasSize(12).contains(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        // 2022: no New Year's closure at all, so only 10
        assertThat(closed2022).hasSize(10).noneMatch(d -> d.getMonthValue() == 1 && d.getDayOfMonth() < 3);
        assertThat(calendar.closureOn(LocalDate.of(2021, 12, 31))).get()
                .extracting(c -> c.name().format()).isEqualTo("New Year's Day (observed)");
        assertThat(calendar.isBusinessDay(LocalDate.of(2022, 1, 3))).isTrue();
    }

    @Test
    void closuresAreNamedForPeople() {
        assertThat(calendar.closureOn(LocalDate.of(2021, 6, 18))).get()
                .extracting(c -> c.name().format()).isEqualTo("Juneteenth National Independence Day (observed)");
        assertThat(calendar.closureOn(LocalDate.of(2025, 1, 20))).get()
                .extracting(c -> c.name().format()).isEqualTo("Birthday of Martin Luther King, Jr.");
        assertThat(calendar.closureOn(LocalDate.of(2025, 1, 21))).isEmpty();
    }

    @Test
    void weekendsAndTheDayAfterThanksgivingAreWhatTheyAre() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2025, 9, 27))).isFalse(); // Saturday
        assertThat(calendar.isBusinessDay(LocalDate.of(2025, 9, 28))).isFalse(); // Sunday
        assertThat(calendar.isBusinessDay(LocalDate.of(2025, 11, 28))).isTrue(); // not a federal holiday
        assertThat(calendar.isBusinessDay(LocalDate.of(2025, 12, 24))).isTrue(); // only by presidential order
    }

    @Test
    void businessDayArithmeticSkipsWeekendsAndHolidays() {
        // Friday Aug 29, 2025 + 1 business day: Sat, Sun, Labor Day Mon Sep 1 skipped -> Tue Sep 2
        assertThat(calendar.plusBusinessDays(LocalDate.of(2025, 8, 29), 1)).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(calendar.minusBusinessDays(LocalDate.of(2025, 9, 2), 1)).isEqualTo(LocalDate.of(2025, 8, 29));
        // Wed Nov 26, 2025 + 2: Thanksgiving skipped -> Fri Nov 28 (1), Mon Dec 1 (2)
        assertThat(calendar.plusBusinessDays(LocalDate.of(2025, 11, 26), 2)).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(calendar.plusBusinessDays(LocalDate.of(2025, 9, 27), 0)).isEqualTo(LocalDate.of(2025, 9, 27));
        assertThat(calendar.businessDayOnOrAfter(LocalDate.of(2025, 8, 30))).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(calendar.businessDayOnOrBefore(LocalDate.of(2025, 9, 1))).isEqualTo(LocalDate.of(2025, 8, 29));
        // Dec 25, 2025 to Jan 2, 2026: Dec 26, 29, 30, 31 and Jan 2 (Christmas and New Year's skipped)
        assertThat(calendar.businessDaysBetween(LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 2))).isEqualTo(5);
        assertThat(calendar.businessDaysBetween(LocalDate.of(2026, 1, 2), LocalDate.of(2025, 12, 24))).isEqualTo(-5);
    }

    @Test
    void inaugurationDayClosesOnlyWhenTheFirmAsks() {
        HolidayCalendar dc = HolidayCalendar.of(true, List.of());

        assertThat(calendar.isBusinessDay(LocalDate.of(2021, 1, 20))).isTrue(); // Wednesday
        assertThat(dc.isBusinessDay(LocalDate.of(2021, 1, 20))).isFalse();
        assertThat(dc.closureOn(LocalDate.of(2021, 1, 20))).get()
                .extracting(Closure::kind).isEqualTo(Closure.Kind.INAUGURATION_DAY);
        // 2013: Jan 20 was a Sunday, so Monday the 21st (also MLK Day, which names it)
        assertThat(dc.isBusinessDay(LocalDate.of(2013, 1, 21))).isFalse();
        // 2029: Jan 20 is a Saturday and is not moved
        assertThat(dc.closuresIn(2029)).noneMatch(c -> c.kind() == Closure.Kind.INAUGURATION_DAY);
        // not an inauguration year
        assertThat(dc.isBusinessDay(LocalDate.of(2026, 1, 20))).isTrue();
    }

    @Test
    void additionalClosuresFromTheFirmCloseTheDay() {
        HolidayCalendar firm = HolidayCalendar.of(false,
                List.of(Closure.additional(LocalDate.of(2025, 1, 9), "National Day of Mourning")));

        assertThat(firm.isBusinessDay(LocalDate.of(2025, 1, 9))).isFalse();
        assertThat(firm.closureOn(LocalDate.of(2025, 1, 9))).get()
                .extracting(c -> c.name().format()).isEqualTo("National Day of Mourning");
        assertThat(firm.plusBusinessDays(LocalDate.of(2025, 1, 8), 1)).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(calendar.isBusinessDay(LocalDate.of(2025, 1, 9))).isTrue();
    }

    @Test
    void badCalendarInputIsRefusedWithTheValue() {
        assertThatThrownBy(() -> HolidayCalendar.of(false, List.of(
                Closure.additional(LocalDate.of(2025, 12, 24), "a"), Closure.additional(LocalDate.of(2025, 12, 24), "b"))))
                .isInstanceOf(DeadlineException.class)
                .hasMessage("The additional closure 2025-12-24 is listed twice; list each closed day once.");
        assertThatThrownBy(() -> calendar.isBusinessDay(LocalDate.of(1985, 12, 31)))
                .isInstanceOf(DeadlineException.class)
                .hasMessageContaining("1985-12-31 is before 1986-01-01");
        assertThatThrownBy(() -> calendar.plusBusinessDays(LocalDate.of(2025, 1, 2), -1))
                .isInstanceOf(DeadlineException.class)
                .hasMessage("A number of business days must not be negative, but is -1.");
    }
}
