package org.lpodesk.review;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One reason a review or release was refused, with the values it concerns. Arguments are
 * strings or enum constants; enum constants are rendered through the bundle.
 */
public record Refusal(RefusalReason reason, List<Object> arguments) {

    public Refusal {
        Objects.requireNonNull(reason, "reason must not be null");
        arguments = List.copyOf(arguments);
    }

    static Refusal of(RefusalReason reason, Object... arguments) {
        return new Refusal(reason, List.of(arguments));
    }

    /** The message in English. */
    public String message() {
        return message(Locale.ROOT);
    }

    public String message(Locale locale) {
        return ReviewMessages.format(locale, reason.messageKey(), arguments);
    }
}
