package org.lpodesk.demo;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Resolves this package's user-visible texts from {@code org/lpodesk/demo/messages.properties}. */
final class Messages {

    private static final String BUNDLE = "org.lpodesk.demo.messages";

    private Messages() {
    }

    static String format(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(args);
    }
}
