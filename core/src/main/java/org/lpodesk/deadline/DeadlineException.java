package org.lpodesk.deadline;

import java.util.List;
import java.util.Locale;
import org.lpodesk.api.UserRefusal;

/**
 * Bad input to a deadline computation or bad deadline configuration. {@link #getMessage()} is
 * the English text; {@link #text()} carries the bundle key and arguments for other locales.
 */
public final class DeadlineException extends IllegalArgumentException implements UserRefusal {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    public DeadlineException(Text text) {
        super(text.format());
        this.text = text;
    }

    static DeadlineException of(String key, Object... args) {
        return new DeadlineException(Text.of(key, args));
    }

    public Text text() {
        return text;
    }

    public String messageKey() {
        return text.key();
    }

    public List<Object> messageArguments() {
        return text.args();
    }

    public String getMessage(Locale locale) {
        return text.format(locale);
    }

    @Override
    public Kind refusalKind() {
        return Kind.INVALID;
    }
}
