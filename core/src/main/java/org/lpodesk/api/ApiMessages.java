package org.lpodesk.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders the request-validation messages of {@code org/lpodesk/api/messages.properties}. */
public final class ApiMessages {

    static final String BUNDLE = "org.lpodesk.api.messages";

    private ApiMessages() {
    }

    public static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    }
}
