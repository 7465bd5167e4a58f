package org.lpodesk.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The d:date convention. The build runs this class in a UTC, a New York and a Kolkata JVM
 * (core's pom), so every assertion holds whatever the default zone of the tier that reads.
 */
class CalendarDatesTest {

    private static final LocalDate RFE_DATE = LocalDate.of(2026, 3, 2);

    @Test
    void aDayIsStoredAsMidnightUtcWhateverTheJvmZone() {
        assertThat(CalendarDates.instantOf(RFE_DATE)).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(CalendarDates.toDate(RFE_DATE).getTime()).isEqualTo(1772409600000L);
        assertThat(CalendarDates.dayOf(CalendarDates.toDate(RFE_DATE))).isEqualTo(RFE_DATE);
        assertThat(CalendarDates.isCanonical(CalendarDates.instantOf(RFE_DATE))).isTrue();
    }

    @ParameterizedTest(name = "midnight in {0}")
    @ValueSource(strings = {"UTC", "America/New_York", "America/Los_Angeles", "Pacific/Honolulu", "Asia/Kolkata",
            "Asia/Kathmandu", "Asia/Manila", "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney", "Pacific/Pago_Pago"})
    void midnightOfAnyWritersZoneReadsAsTheDayItMeant(String zone) {
        // Share's form processor parses "2026-03-02" in the repository JVM's zone; a client in that
        // zone sends its own midnight. Both must read as 2026-03-02.
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            Instant local = day.atStartOfDay(ZoneId.of(zone)).toInstant();
            assertThat(CalendarDates.dayOf(local)).as("%s in %s", day, zone).isEqualTo(day);
        }
    }

    @Test
    void theJvmDefaultZoneDoesNotMatter() {
        // what a day-only value written in this JVM's zone (as Alfresco does) reads back as
        Date written = Date.from(RFE_DATE.atStartOfDay(TimeZone.getDefault().toZoneId()).toInstant());
        assertThat(CalendarDates.dayOf(written)).as("JVM zone %s", TimeZone.getDefault().getID()).isEqualTo(RFE_DATE);
        assertThat(CalendarDates.dayOf(java.sql.Timestamp.valueOf(LocalDateTime.of(2026, 3, 2, 0, 0))))
                .isEqualTo(RFE_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02T15:07:00Z", "2026-03-02T00:00:01Z", "2026-03-02T04:00:00.500Z",
            "2026-03-01T23:59:59Z"})
    void aTimeOfDayIsRefusedWithTheNearestDayNamed(String sent) {
        assertThatThrownBy(() -> CalendarDates.dayOf(Instant.parse(sent)))
                .isInstanceOf(NotACalendarDateException.class)
                .hasMessageStartingWith(sent + " is not a calendar date: it is ")
                .hasMessageContaining("which is no time zone's midnight")
                .hasMessageEndingWith("send the date alone (yyyy-mm-dd) or midnight of the day.");
        assertThatThrownBy(() -> CalendarDates.dayOf(Instant.parse("2026-03-02T15:07:00Z")))
                .hasMessageContaining("it is -8:53:00 from midnight UTC of 2026-03-03");
    }

    @Test
    void textMustBeTheDateAlone() {
        assertThat(CalendarDates.parse("noticeDate", " 2026-03-02 ")).isEqualTo(RFE_DATE);
        for (String bad : new String[] {"2026-03-02T00:00:00Z", "2026-03-02T00:00", "03/02/2026", "2026-02-30",
                "2026-3-2", "", "  "}) {
            assertThatThrownBy(() -> CalendarDates.parse("noticeDate", bad)).as(bad)
                    .isInstanceOf(NotACalendarDateException.class)
                    .hasMessageStartingWith("noticeDate: '")
                    .hasMessageEndingWith("is not a calendar date; give the day as yyyy-mm-dd, without a time or a zone.");
        }
        assertThat(((NotACalendarDateException) org.assertj.core.api.Assertions.catchThrowable(
                () -> CalendarDates.parse("noticeDate", "x"))).getMessage(Locale.ENGLISH))
                .isEqualTo("noticeDate: 'x' is not a calendar date; give the day as yyyy-mm-dd, without a time or a zone.");
    }

    @Test
    void anInstantAndADayAreWrittenAsCmisTimestampsTheSameWay() {
        assertThat(CalendarDates.cmisTimestamp(java.time.Instant.parse("2026-12-04T05:00:00Z")))
                .isEqualTo("2026-12-04T05:00:00.000Z");
        assertThat(CalendarDates.cmisTimestamp(java.time.LocalDate.of(2026, 12, 4)))
                .isEqualTo(CalendarDates.cmisTimestamp(CalendarDates.instantOf(java.time.LocalDate.of(2026, 12, 4))));
    }
}
