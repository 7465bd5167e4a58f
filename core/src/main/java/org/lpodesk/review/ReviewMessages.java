package org.lpodesk.review;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Renders review messages from {@code org/lpodesk/review/ReviewMessages.properties}. */
final class ReviewMessages {

    private static final String BUNDLE = "org.lpodesk.review.ReviewMessages";

    private ReviewMessages() {
    }

    static String format(Locale locale, String key, List<Object> arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        Object[] rendered = arguments.stream().map(a -> render(bundle, a)).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(rendered);
    }

    private static Object render(ResourceBundle bundle, Object argument) {
        if (argument instanceof Enum<?> constant) {
            String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return constant.name();
            }
        }
        return String.valueOf(argument);
    }
}
