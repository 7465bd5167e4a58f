package org.lpodesk.evidence;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The texts of the evidence capability, from {@code org/lpodesk/evidence/messages.properties}:
 * refusals, status labels, rule sentences and the labels and rule texts of the default checklist
 * items. Falls back to the base (English) bundle, never to the JVM's default locale.
 */
public final class EvidenceMessages {

    static final String BUNDLE = "org.lpodesk.evidence.messages";

    private EvidenceMessages() {
    }

    public static String format(String key, Object... args) {
        return format(Locale.ENGLISH, key, args);
    }

    public static String format(Locale locale, String key, Object... args) {
        return new MessageFormat(bundle(locale).getString(key), locale).format(args);
    }

    /** The text of a key that may not exist (a firm's own checklist item has no bundle key). */
    public static Optional<String> optional(Locale locale, String key) {
        try {
            ResourceBundle bundle = bundle(locale);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException absent) {
            return Optional.empty();
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
