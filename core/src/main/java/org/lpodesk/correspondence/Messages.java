package org.lpodesk.correspondence;

import java.util.Locale;
import org.lpodesk.i18n.MessageBundle;

/** This package's texts, from {@code org/lpodesk/correspondence/messages.properties}. */
final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.lpodesk.correspondence.messages");

    private Messages() {
    }

    static String format(String key, Object... args) {
        return BUNDLE.format(key, args);
    }

    static String format(Locale locale, String key, Object... args) {
        return BUNDLE.format(locale, key, args);
    }
}
