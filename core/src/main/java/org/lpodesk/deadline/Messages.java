package org.lpodesk.deadline;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Resolves this package's texts from {@code org/lpodesk/deadline/messages.properties}. */
final class Messages {

    static final String BUNDLE = "org.lpodesk.deadline.messages";

    private Messages() {
    }

    static String format(Locale locale, String key, List<Object> args) {
        // No fallback to the JVM's default locale: a server in Germany must still fall back to
        // the base (English) bundle rather than to whatever its default happens to be.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] resolved = args.stream().map(a -> resolve(a, locale)).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(resolved);
    }

    private static Object resolve(Object arg, Locale locale) {
        if (arg instanceof Text text) {
            return text.format(locale);
        }
        if (arg instanceof LocalDate date) {
            return date.toString();
        }
        if (arg instanceof DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, locale);
        }
        return arg;
    }
}
