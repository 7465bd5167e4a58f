package org.lpodesk.identifier;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders messages from {@code org/lpodesk/identifier/IdentifierMessages.properties}. */
final class IdentifierMessages {

    private IdentifierMessages() {
    }

    static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.lpodesk.identifier.IdentifierMessages", Locale.ROOT);
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    }

    static InvalidIdentifierException invalid(String input, IdentifierProblem problem, String key, Object... arguments) {
        return new InvalidIdentifierException(input, problem, format(key, arguments));
    }

    /** The value as messages show it: quoted, or the word null. */
    static String shown(String input) {
        return input == null ? "null" : "'" + input + "'";
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int separatorIndex(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '/' || c == '.') {
                return i;
            }
        }
        return -1;
    }
}
