package org.lpodesk.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and checks the arguments of one web API request (URL template values and query
 * parameters, or the top-level fields of a JSON body). Every accessor either returns a valid value
 * or throws {@link InvalidArgumentException} naming the argument, the value and the rule, so a
 * controller validates everything before it touches the repository.
 */
public final class RequestArguments {

    /** Alfresco node reference as the API accepts it: {@code workspace://SpacesStore/<uuid>}. */
    private static final Pattern NODE_REF = Pattern.compile("workspace://SpacesStore/[0-9A-Za-z-]{1,64}");
    private static final int MAX_TEXT = 4000;

    private final Function<String, Object> source;

    private RequestArguments(Function<String, Object> source) {
        this.source = source;
    }

    /** Arguments looked up by name, e.g. a web script request's {@code getParameter}. */
    public static RequestArguments of(Function<String, Object> source) {
        return new RequestArguments(Objects.requireNonNull(source, "source"));
    }

    public static RequestArguments of(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        return new RequestArguments(values::get);
    }

    private Optional<String> raw(String name) {
        Object value = source.apply(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    public String requiredText(String name) {
        return optionalText(name).orElseThrow(() -> invalid(name, "argument.missing", name));
    }

    public Optional<String> optionalText(String name) {
        Optional<String> text = raw(name);
        if (text.isPresent() && text.get().length() > MAX_TEXT) {
            throw invalid(name, "argument.tooLong", name, text.get().length(), MAX_TEXT);
        }
        return text;
    }

    /** A text that must match {@code pattern} entirely; {@code shape} describes it to the caller. */
    public String requiredMatching(String name, Pattern pattern, String shape) {
        String value = requiredText(name);
        if (!pattern.matcher(value).matches()) {
            throw invalid(name, "argument.shape", name, value, shape);
        }
        return value;
    }

    public String requiredNodeRef(String name) {
        String value = requiredText(name);
        if (!NODE_REF.matcher(value).matches()) {
            throw invalid(name, "argument.nodeRef", name, value);
        }
        return value;
    }

    public int optionalInt(String name, int defaultValue, int min, int max) {
        Optional<String> text = raw(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw invalid(name, "argument.notInteger", name, text.get());
        }
        if (value < min || value > max) {
            throw invalid(name, "argument.outOfRange", name, value, min, max);
        }
        return value;
    }

    public LocalDate requiredDate(String name) {
        String text = requiredText(name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(name, "argument.notDate", name, text);
        }
    }

    public Optional<LocalDate> optionalDate(String name) {
        return raw(name).isPresent() ? Optional.of(requiredDate(name)) : Optional.empty();
    }

    public YearMonth requiredMonth(String name) {
        String text = requiredText(name);
        try {
            if (text.length() != 7) {
                throw new DateTimeParseException(text, text, 0);
            }
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(name, "argument.notMonth", name, text);
        }
    }

    /** One of the enum's constants, by exact name; the message lists the accepted names. */
    public <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        String text = requiredText(name);
        return parseEnum(name, text, type);
    }

    public <E extends Enum<E>> E optionalEnum(String name, Class<E> type, E defaultValue) {
        Optional<String> text = raw(name);
        return text.isEmpty() ? defaultValue : parseEnum(name, text.get(), type);
    }

    private static <E extends Enum<E>> E parseEnum(String name, String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        String accepted = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw invalid(name, "argument.notOneOf", name, text, accepted);
    }

    /** Lower-case choice such as {@code format=csv}: compared case-insensitively. */
    public String optionalChoice(String name, String defaultValue, String... allowed) {
        Optional<String> text = raw(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        String lower = text.get().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(lower)) {
                return a;
            }
        }
        throw invalid(name, "argument.notOneOf", name, text.get(), String.join(", ", allowed));
    }

    static InvalidArgumentException invalid(String argument, String key, Object... values) {
        Object[] shown = Arrays.stream(values).map(String::valueOf).toArray();
        return new InvalidArgumentException(argument, ApiMessages.format(key, shown));
    }
}
