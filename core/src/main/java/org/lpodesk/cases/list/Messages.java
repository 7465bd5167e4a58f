package org.lpodesk.cases.list;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders messages from {@code org/lpodesk/cases/list/messages.properties} (English). */
final class Messages {

    static final String BUNDLE = "org.lpodesk.cases.list.messages";

    private Messages() {
    }

    static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    }
}
