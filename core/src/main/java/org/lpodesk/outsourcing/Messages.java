package org.lpodesk.outsourcing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Resolves this package's user-visible texts from {@code org/lpodesk/outsourcing/messages.properties}. */
final class Messages {

    private static final String BUNDLE = "org.lpodesk.outsourcing.messages";

    private Messages() {
    }

    static String format(String key, Object... args) {
        return format(Locale.ENGLISH, key, args);
    }

    static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
