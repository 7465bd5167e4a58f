package org.lpodesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

final class Texts {

    private Texts() {
    }

    /**
     * Returns the stripped value, or throws with the bundle message {@code key}; its arguments
     * are {@code context} followed by the value as given.
     */
    static String requireNonBlank(String value, String key, Object... context) {
        if (value == null || value.isBlank()) {
            List<Object> arguments = new ArrayList<>(List.of(context));
            arguments.add(value == null ? "null" : "'" + value + "'");
            throw new IllegalArgumentException(ReviewMessages.format(Locale.ROOT, key, arguments));
        }
        return value.strip();
    }
}
