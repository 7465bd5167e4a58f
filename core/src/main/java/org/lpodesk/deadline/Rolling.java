package org.lpodesk.deadline;

import java.time.LocalDate;
import java.util.Optional;

/** Applies the weekend-and-holiday rule of 8 CFR 1.2 (or the firm's policy) to a last day. */
final class Rolling {

    /**
     * @param date the date after the rule
     * @param note what was done, if anything
     * @param part the same as a clause of an explanation ("; Saturday 2026-12-05 rolls to Monday
     *             2026-12-07 under 8 CFR 1.2"), empty text when nothing moved
     */
    record Rolled(LocalDate date, Optional<DeadlineNote> note, Text part) {
    }

    private Rolling() {
    }

    static Rolled apply(HolidayCalendar calendar, RollPolicy policy, LocalDate lastDay) {
        if (calendar.isBusinessDay(lastDay)) {
            return new Rolled(lastDay, Optional.empty(), Text.of("explain.part.none"));
        }
        Text reason = whyClosed(calendar, lastDay);
        return switch (policy) {
            case FORWARD -> {
                LocalDate to = calendar.businessDayOnOrAfter(lastDay);
                yield new Rolled(to, Optional.of(DeadlineNote.of(DeadlineNote.Code.ROLLED_FORWARD,
                        "note.rolledForward", lastDay, reason, to)), Text.of("explain.part.rolledForward",
                        lastDay.getDayOfWeek(), lastDay, to.getDayOfWeek(), to, closed(calendar, lastDay)));
            }
            case BACKWARD -> {
                LocalDate to = calendar.businessDayOnOrBefore(lastDay);
                yield new Rolled(to, Optional.of(DeadlineNote.of(DeadlineNote.Code.ROLLED_BACK,
                        "note.rolledBack", lastDay, reason, to)), Text.of("explain.part.rolledBack",
                        lastDay.getDayOfWeek(), lastDay, to.getDayOfWeek(), to, closed(calendar, lastDay)));
            }
            case NONE -> new Rolled(lastDay, Optional.of(notABusinessDay(calendar, lastDay, "note.notBusinessDay.policy")),
                    Text.of("explain.part.none"));
        };
    }

    /** A warning for a date that is not a business day under a rule that gives no extension. */
    static DeadlineNote notABusinessDay(HolidayCalendar calendar, LocalDate date, String key) {
        return DeadlineNote.of(DeadlineNote.Code.NOT_A_BUSINESS_DAY, key, date, whyClosed(calendar, date),
                calendar.businessDayOnOrBefore(date));
    }

    /** A holiday's name in brackets after its date; nothing for a weekend, whose day name says it. */
    private static Text closed(HolidayCalendar calendar, LocalDate date) {
        return calendar.isWeekend(date) ? Text.of("explain.part.none")
                : Text.of("explain.part.closure", calendar.closureOn(date).orElseThrow().name());
    }

    static Text whyClosed(HolidayCalendar calendar, LocalDate date) {
        if (calendar.isWeekend(date)) {
            return Text.of("reason.weekend", date.getDayOfWeek());
        }
        return calendar.closureOn(date).map(c -> Text.of("reason.closure", c.name())).orElseThrow();
    }
}
