package org.lpodesk.outsourcing.report;

import java.time.LocalDate;
import java.time.YearMonth;

/** How a report cuts time: the firm's calendar months or quarters (what a managing attorney reviews). */
public enum Granularity {
    MONTH,
    QUARTER;

    /** The period label of a firm calendar date: {@code 2026-03} or {@code 2026Q1}; stable, sortable. */
    public String period(LocalDate day) {
        return this == MONTH ? YearMonth.from(day).toString()
                : day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** The request parameter's spelling. */
    public String parameterValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
