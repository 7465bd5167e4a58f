package org.lpodesk.deadline;

import java.time.LocalDate;
import java.util.Optional;

/** Applies the weekend-and-holiday rule of 8 CFR 1.2 (or the firm's policy) to a last day. */
final class Rolling {

    record Rolled(LocalDate date, Optional<DeadlineNote> note) {
    }

    private Rolling() {
    }

    static Rolled apply(HolidayCalendar calendar, RollPolicy policy, LocalDate lastDay) {
        if (calendar.isBusinessDay(lastDay)) {
            return new Rolled(lastDay, Optional.empty());
        }
        Text reason = whyClosed(calendar, lastDay);
        return switch (policy) {
            case FORWARD -> {
                LocalDate to = calendar.businessDayOnOrAfter(lastDay);
                yield new Rolled(to, Optional.of(DeadlineNote.of(DeadlineNote.Code.ROLLED_FORWARD,
                        "note.rolledForward", lastDay, reason, to)));
            }
            case BACKWARD -> {
                LocalDate to = calendar.businessDayOnOrBefore(lastDay);
                yield new Rolled(to, Optional.of(DeadlineNote.of(DeadlineNote.Code.ROLLED_BACK,
                        "note.rolledBack", lastDay, reason, to)));
            }
            case NONE -> new Rolled(lastDay, Optional.of(notABusinessDay(calendar, lastDay, "note.notBusinessDay.policy")));
        };
    }

    /** A warning for a date that is not a business day under a rule that gives no extension. */
    static DeadlineNote notABusinessDay(HolidayCalendar calendar, LocalDate date, String key) {
        return DeadlineNote.of(DeadlineNote.Code.NOT_A_BUSINESS_DAY, key, date, whyClosed(calendar, date),
                calendar.businessDayOnOrBefore(date));
    }

    static Text whyClosed(HolidayCalendar calendar, LocalDate date) {
        if (calendar.isWeekend(date)) {
            return Text.of("reason.weekend", date.getDayOfWeek());
        }
        return calendar.closureOn(date).map(c -> Text.of("reason.closure", c.name())).orElseThrow();
    }
}
