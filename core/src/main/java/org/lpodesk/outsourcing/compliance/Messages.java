package org.lpodesk.outsourcing.compliance;

import java.util.Locale;
import org.lpodesk.i18n.MessageBundle;

/**
 * Resolves this package's texts from {@code org/lpodesk/outsourcing/messages.properties}, where
 * the attestation's own sentences live: a refused form and a refused record say the same thing.
 */
final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.lpodesk.outsourcing.messages");

    private Messages() {
    }

    static String format(String key, Object... args) {
        return BUNDLE.format(key, args);
    }

    static String format(Locale locale, String key, Object... args) {
        return BUNDLE.format(locale, key, args);
    }
}
