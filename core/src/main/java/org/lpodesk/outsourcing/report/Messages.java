package org.lpodesk.outsourcing.report;

import java.util.Locale;

import org.lpodesk.i18n.MessageBundle;

/** Resolves this package's user-visible texts from {@code org/lpodesk/outsourcing/report/messages.properties}. */
final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.lpodesk.outsourcing.report.messages");

    private Messages() {
    }

    static String format(String key, Object... args) {
        return BUNDLE.format(key, args);
    }

    static String format(Locale locale, String key, Object... args) {
        return BUNDLE.format(locale, key, args);
    }
}
