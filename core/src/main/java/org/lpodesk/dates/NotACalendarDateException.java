package org.lpodesk.dates;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.lpodesk.api.UserRefusal;
import org.lpodesk.i18n.MessageBundle;

/**
 * A value offered for a date property that is not a calendar date: a time of day that is no
 * zone's midnight, or text that is not {@code yyyy-mm-dd}. {@link #getMessage()} is English;
 * {@link #getMessage(Locale)} renders the same bundle text in another locale.
 */
public final class NotACalendarDateException extends IllegalArgumentException implements UserRefusal {

    private static final long serialVersionUID = 1L;
    private static final MessageBundle BUNDLE = new MessageBundle("org.lpodesk.dates.messages");

    private final String key;
    private final transient Object[] arguments;

    NotACalendarDateException(Instant value, LocalDate nearest) {
        this("date.timeOfDay", value.toString(), nearest.toString(),
                describe(Duration.between(CalendarDates.instantOf(nearest), value)));
    }

    NotACalendarDateException(String what, String text) {
        this("date.notIso", what, text);
    }

    private NotACalendarDateException(String key, Object... arguments) {
        super(BUNDLE.format(key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return key;
    }

    public String getMessage(Locale locale) {
        return BUNDLE.format(locale, key, arguments);
    }

    private static String describe(Duration fromMidnight) {
        Duration d = fromMidnight.abs();
        String amount = String.format(Locale.ROOT, "%d:%02d:%02d%s", d.toHours(), d.toMinutesPart(), d.toSecondsPart(),
                d.toNanosPart() == 0 ? "" : String.format(Locale.ROOT, ".%09d", d.toNanosPart()));
        return (fromMidnight.isNegative() ? "-" : "+") + amount;
    }

    @Override
    public Kind refusalKind() {
        return Kind.INVALID;
    }
}
