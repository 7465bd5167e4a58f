package org.lpodesk.cases;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders messages from {@code org/lpodesk/cases/CaseMessages.properties} (English). */
final class CaseMessages {

    private CaseMessages() {
    }

    static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.lpodesk.cases.CaseMessages", Locale.ROOT);
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    }
}
