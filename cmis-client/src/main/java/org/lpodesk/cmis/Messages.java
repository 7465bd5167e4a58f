package org.lpodesk.cmis;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The kit's user-visible texts: errors of the client and every line the CLI prints. */
public final class Messages {

    private static final String BUNDLE = "org.lpodesk.cmis.messages";

    private Messages() {
    }

    public static String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** A value as the messages show it: quoted strings, plain numbers, {@code null}. */
    public static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence) {
            return "'" + value + "'";
        }
        if (value instanceof java.util.Calendar c) {
            return c.toInstant().toString();
        }
        return String.valueOf(value);
    }
}
