package org.lpodesk.uscis;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the USCIS status capability, from {@code org/lpodesk/uscis/messages.properties}. */
public final class UscisMessages {

    private UscisMessages() {
    }

    public static String format(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.lpodesk.uscis.messages", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(args);
    }
}
