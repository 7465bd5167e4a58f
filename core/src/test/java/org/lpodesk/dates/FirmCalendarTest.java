package org.lpodesk.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Run, like CalendarDatesTest, in UTC, New York and Kolkata JVMs: the firm's zone decides, not the JVM's. */
class FirmCalendarTest {

    private final FirmCalendar newYork = new FirmCalendar("America/New_York");

    @Test
    void someZonesMidnightIsTheDayItsWriterMeant() {
        assertThat(newYork.dayOf(Instant.parse("2026-03-02T00:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 2));
        // Kolkata's midnight of 2026-03-02 is 18:30 UTC the day before
        assertThat(newYork.dayOf(Instant.parse("2026-03-01T18:30:00Z"))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(newYork.dayOf(Instant.parse("2026-03-02T05:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void anyOtherMomentIsTheFirmsDateAtThatMoment() {
        // a script's new Date() at 02:07:13.5 UTC is still the evening of the day before in New York
        assertThat(newYork.dayOf(Instant.parse("2026-03-02T02:07:13.500Z"))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(newYork.dayOf(Instant.parse("2026-03-02T15:07:00Z"))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(new FirmCalendar("Asia/Kolkata").dayOf(Instant.parse("2026-03-02T20:07:13.500Z")))
                .isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void todayIsTheFirmsToday() {
        Clock lateEveningInNewYork = Clock.fixed(Instant.parse("2026-12-03T03:30:00Z"), ZoneOffset.UTC);
        assertThat(newYork.today(lateEveningInNewYork)).isEqualTo(LocalDate.of(2026, 12, 2));
    }
}
