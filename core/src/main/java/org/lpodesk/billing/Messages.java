package org.lpodesk.billing;

import java.util.Locale;

import org.lpodesk.i18n.MessageBundle;

/** Resolves this package's user-visible texts from {@code org/lpodesk/billing/messages.properties}. */
final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.lpodesk.billing.messages");

    private Messages() {
    }

    static String format(String key, Object... args) {
        return BUNDLE.format(key, args);
    }

    static String format(Locale locale, String key, Object... args) {
        return BUNDLE.format(locale, key, args);
    }
}
