package org.lpodesk.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lpodesk.outsourcing.TestEngagements.KOLKATA;
import static org.lpodesk.outsourcing.TestEngagements.NEW_YORK;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Vendor in Kolkata (UTC+05:30, no DST), firm in New York; US DST starts on Sunday 2026-03-08,
 * so the same Kolkata 18:00 is 07:30 in New York before it and 08:30 after it.
 */
class TurnaroundCalculatorTest {

    private final TurnaroundCalculator clock = TurnaroundCalculator.weekdays();

    private static Instant kolkata(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KOLKATA).toInstant();
    }

    private static Instant newYork(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    private static ZonedDateTime inNewYork(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK);
    }

    @Test
    void businessDaysSkipTheWeekendAndTheDueTimeIsShownInTheFirmZoneAcrossDst() {
        // Friday 10:00 in Kolkata, 2 business days: Monday, Tuesday → Tuesday 18:00 IST = 08:30 EDT
        ZonedDateTime due = clock.due(kolkata("2026-03-06T10:00"), 2, KOLKATA, NEW_YORK);
        assertThat(due).isEqualTo(inNewYork("2026-03-10T08:30"));
        assertThat(due.getZone()).isEqualTo(NEW_YORK);
    }

    @Test
    void aRequestAfterTheVendorsEndOfDayCountsFromTheNextBusinessDay() {
        // Friday 19:00 IST is after 18:00: received Monday; 1 day → Tuesday 18:00 IST
        assertThat(clock.receiptDay(kolkata("2026-03-06T19:00"), KOLKATA)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(clock.due(kolkata("2026-03-06T19:00"), 1, KOLKATA, NEW_YORK)).isEqualTo(inNewYork("2026-03-10T08:30"));
        // 17:59 is still Friday
        assertThat(clock.due(kolkata("2026-03-06T17:59"), 1, KOLKATA, NEW_YORK)).isEqualTo(inNewYork("2026-03-09T08:30"));
    }

    @Test
    void aNewYorkMorningIsAlreadyTheVendorsEvening() {
        // Monday 09:00 EDT = Monday 18:30 IST: after close, received Tuesday; 1 day → Wednesday 18:00 IST
        assertThat(clock.due(newYork("2026-03-09T09:00"), 1, KOLKATA, NEW_YORK)).isEqualTo(inNewYork("2026-03-11T08:30"));
        // Monday 08:00 EDT = 17:30 IST: still Monday for the vendor
        assertThat(clock.due(newYork("2026-03-09T08:00"), 1, KOLKATA, NEW_YORK)).isEqualTo(inNewYork("2026-03-10T08:30"));
    }

    @Test
    void aFridayEveningRequestInNewYorkLandsOnTheVendorsSaturday() {
        // Friday 20:00 EST = Saturday 06:30 IST: received Monday; 0 days → Monday 18:00 IST = 08:30 EDT
        assertThat(clock.due(newYork("2026-03-06T20:00"), 0, KOLKATA, NEW_YORK)).isEqualTo(inNewYork("2026-03-09T08:30"));
        // before DST: due the same Friday 18:00 IST = 07:30 EST
        assertThat(clock.due(kolkata("2026-03-06T09:00"), 0, KOLKATA, NEW_YORK)).isEqualTo(inNewYork("2026-03-06T07:30"));
    }

    @Test
    void aLongTurnaroundSpansSeveralWeekends() {
        // Wednesday 2026-03-04 11:00 IST + 10 business days → Wednesday 2026-03-18
        assertThat(clock.due(kolkata("2026-03-04T11:00"), 10, KOLKATA, NEW_YORK))
                .isEqualTo(inNewYork("2026-03-18T08:30"));
    }

    @Test
    void aHolidayCalendarPlugsIn() {
        LocalDate holi = LocalDate.of(2026, 3, 4);
        BusinessCalendar india = date -> BusinessCalendar.WEEKDAYS.isBusinessDay(date) && !date.equals(holi);
        TurnaroundCalculator withHolidays = new TurnaroundCalculator(india, TurnaroundCalculator.DEFAULT_BUSINESS_DAY_END);
        // Tuesday 03-03 + 2: Thursday 03-05 (skips the holiday on Wednesday) and Friday 03-06
        assertThat(withHolidays.due(kolkata("2026-03-03T10:00"), 2, KOLKATA, NEW_YORK))
                .isEqualTo(inNewYork("2026-03-06T07:30"));
        assertThat(clock.due(kolkata("2026-03-03T10:00"), 2, KOLKATA, NEW_YORK))
                .isEqualTo(inNewYork("2026-03-05T07:30"));
        // A request made on the holiday is received the next business day
        assertThat(withHolidays.receiptDay(kolkata("2026-03-04T10:00"), KOLKATA)).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void theFirmsUsFederalHolidayCalendarPlugsInAsAMethodReference() {
        BusinessCalendar us = org.lpodesk.deadline.HolidayCalendar.federal()::isBusinessDay;
        ZoneId chicago = ZoneId.of("America/Chicago");
        TurnaroundCalculator federal = new TurnaroundCalculator(us, TurnaroundCalculator.DEFAULT_BUSINESS_DAY_END);
        // Independence Day 2026 is a Saturday, observed Friday 3 July: Thursday + 1 → Monday 6 July
        Instant thursday = LocalDateTime.parse("2026-07-02T10:00").atZone(chicago).toInstant();
        assertThat(federal.due(thursday, 1, chicago, NEW_YORK)).isEqualTo(inNewYork("2026-07-06T19:00"));
        assertThat(clock.due(thursday, 1, chicago, NEW_YORK)).isEqualTo(inNewYork("2026-07-03T19:00"));
    }

    @Test
    void aVendorWestOfTheFirmWorksToo() {
        ZoneId manila = ZoneId.of("Asia/Manila");
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        // Thursday 2026-07-02 10:00 Manila + 1 → Friday 18:00 Manila = Friday 03:00 PDT
        assertThat(clock.due(LocalDateTime.parse("2026-07-02T10:00").atZone(manila).toInstant(), 1, manila, losAngeles))
                .isEqualTo(LocalDateTime.parse("2026-07-03T03:00").atZone(losAngeles));
    }

    @Test
    void elapsedBusinessDaysCountFromTheReceiptDay() {
        Instant friday = kolkata("2026-03-06T10:00");
        assertThat(clock.businessDaysElapsed(friday, kolkata("2026-03-06T16:00"), KOLKATA)).isZero();
        assertThat(clock.businessDaysElapsed(friday, kolkata("2026-03-08T12:00"), KOLKATA)).as("Sunday").isZero();
        assertThat(clock.businessDaysElapsed(friday, kolkata("2026-03-09T12:00"), KOLKATA)).isEqualTo(1);
        assertThat(clock.businessDaysElapsed(friday, kolkata("2026-03-13T12:00"), KOLKATA)).isEqualTo(5);
        // received Monday (after close on Friday): delivered Tuesday is 1
        assertThat(clock.businessDaysElapsed(kolkata("2026-03-06T19:00"), kolkata("2026-03-10T09:00"), KOLKATA)).isEqualTo(1);
    }

    @Test
    void aNegativeTurnaroundOrACalendarWithoutBusinessDaysIsRejected() {
        assertThatThrownBy(() -> clock.due(kolkata("2026-03-06T10:00"), -1, KOLKATA, NEW_YORK))
                .hasMessage("Turnaround must not be negative, but is -1 business days.");
        TurnaroundCalculator broken = new TurnaroundCalculator(date -> false, TurnaroundCalculator.DEFAULT_BUSINESS_DAY_END);
        assertThatThrownBy(() -> broken.due(kolkata("2026-03-06T10:00"), 1, KOLKATA, NEW_YORK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The business calendar has no business day in the 366 days after 2026-03-06.");
    }

    @Test
    void theEngagementUsesItsKindsTurnaroundAndTheVendorsZone() {
        Engagement e = TestEngagements.standard(TestEngagements.indiaVendor());
        // cover letter: 2 days
        assertThat(e.dueAt(TaskKind.COVER_LETTER, kolkata("2026-03-06T10:00"), BusinessCalendar.WEEKDAYS))
                .isEqualTo(inNewYork("2026-03-10T08:30"));
    }
}
