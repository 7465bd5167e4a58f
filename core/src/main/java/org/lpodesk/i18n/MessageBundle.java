package org.lpodesk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Formats a user-visible text from one of core's message bundles. Each capability keeps its own
 * bundle next to its classes; this is the one place that resolves and formats them.
 */
public final class MessageBundle {

    // A server whose default locale is, say, German must fall back to the base (English) bundle,
    // not to a bundle of its own default locale.
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;

    public MessageBundle(String baseName) {
        this.baseName = baseName;
    }

    /** The text in English (the base bundle). */
    public String format(String key, Object... arguments) {
        return format(Locale.ENGLISH, key, arguments);
    }

    public String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, NO_DEFAULT_LOCALE_FALLBACK);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public String baseName() {
        return baseName;
    }
}
