package org.lpodesk.outsourcing.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lpodesk.api.InvalidArgumentException;

/**
 * A calendar quarter of the firm, as a scorecard names it: {@code 2026Q3} is July to September
 * 2026. The scorecard is quarterly because that is how often a managing attorney reviews a vendor.
 */
public record Quarter(int year, int number) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + number);
        }
    }

    /** {@code 2026Q3} (also {@code 2026-Q3}, lower case q); anything else is refused with the form expected. */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new InvalidArgumentException("quarter", Messages.format("query.quarter.invalid",
                    Objects.toString(text, "")));
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
