package org.lpodesk.deadline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A user-visible text kept as a key of {@code org/lpodesk/deadline/messages.properties} plus its
 * arguments, so that each tier (core logs, Alfresco, Share) renders it in its own locale.
 * Arguments are {@link java.time.LocalDate}s (shown ISO), numbers, strings, day-of-week values
 * (shown by name in the locale) or nested {@code Text}s.
 */
public record Text(String key, List<Object> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** The English text. */
    public String format() {
        return format(Locale.ENGLISH);
    }

    public String format(Locale locale) {
        return Messages.format(locale, key, args);
    }

    @Override
    public String toString() {
        return format();
    }
}
