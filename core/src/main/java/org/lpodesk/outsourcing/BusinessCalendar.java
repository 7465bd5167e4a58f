package org.lpodesk.outsourcing;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days count as business days for turnaround. {@link #WEEKDAYS} knows no holidays; a
 * holiday calendar (the firm's US federal holidays, a vendor's local ones) implements this
 * interface and plugs in wherever a calendar is taken.
 */
@FunctionalInterface
public interface BusinessCalendar {

    /** Monday to Friday, no holidays. */
    BusinessCalendar WEEKDAYS = date -> {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    };

    boolean isBusinessDay(LocalDate date);
}
