package org.lpodesk.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One object of the parsed demo file (a JSON object as the {@code Map} any JSON or YAML parser
 * gives), with its path, so that every error says where it is: {@code cases[1].type}.
 */
final class Node {

    private final String path;
    private final Map<?, ?> values;

    private Node(String path, Map<?, ?> values) {
        this.path = path;
        this.values = values;
    }

    static Node root(Object tree) {
        if (!(tree instanceof Map<?, ?> map)) {
            throw new InvalidDemoDataException("(root)", Messages.format("value.notObject", describe(tree)));
        }
        return new Node("", map);
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    String text(String key) {
        Object v = required(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new InvalidDemoDataException(path(key), Messages.format("value.notText", describe(v)));
        }
        return s.strip();
    }

    String optionalText(String key) {
        return has(key) ? text(key) : null;
    }

    int integer(String key) {
        Object v = required(key);
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            long n = ((Number) v).longValue();
            if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
                return (int) n;
            }
        }
        throw new InvalidDemoDataException(path(key), Messages.format("value.notInteger", describe(v)));
    }

    /** A count of days before the day of loading; negative only where the future is allowed. */
    int daysAgo(String key, boolean futureAllowed) {
        int days = integer(key);
        if (!futureAllowed && days < 0) {
            throw new InvalidDemoDataException(path(key), Messages.format("value.daysAgoNegative", days));
        }
        return days;
    }

    boolean bool(String key) {
        Object v = required(key);
        if (!(v instanceof Boolean b)) {
            throw new InvalidDemoDataException(path(key), Messages.format("value.notBoolean", describe(v)));
        }
        return b;
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String v = text(key);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        throw new InvalidDemoDataException(path(key), Messages.format("value.unknown", v,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** Converts a text with a core constructor or parser; its error message is kept, with the path. */
    <T> T convert(String key, Function<String, T> converter) {
        String v = text(key);
        try {
            return converter.apply(v);
        } catch (RuntimeException e) {
            throw new InvalidDemoDataException(path(key), Messages.format("value.rejected", v, e.getMessage()), e);
        }
    }

    Node object(String key) {
        Object v = required(key);
        if (!(v instanceof Map<?, ?> map)) {
            throw new InvalidDemoDataException(path(key), Messages.format("value.notObject", describe(v)));
        }
        return new Node(path(key), map);
    }

    /** An object as the parser gave it, for a core reader of its own format. */
    @SuppressWarnings("unchecked")
    Map<String, ?> rawObject(String key) {
        Object v = required(key);
        if (!(v instanceof Map<?, ?>)) {
            throw new InvalidDemoDataException(path(key), Messages.format("value.notObject", describe(v)));
        }
        return (Map<String, ?>) v;
    }

    /** The objects of a list; an absent key is an empty list only when {@code optional}. */
    List<Node> objects(String key, boolean optional) {
        Object v = values.get(key);
        if (v == null && optional) {
            return List.of();
        }
        v = required(key);
        if (!(v instanceof List<?> list)) {
            throw new InvalidDemoDataException(path(key), Messages.format("value.notList", describe(v)));
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String itemPath = path(key) + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                throw new InvalidDemoDataException(itemPath, Messages.format("value.notObject", describe(list.get(i))));
            }
            out.add(new Node(itemPath, map));
        }
        return out;
    }

    /** Wraps a core constructor's refusal with this node's path. */
    <T> T build(String what, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidDemoDataException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidDemoDataException(path.isEmpty() ? what : path, e.getMessage(), e);
        }
    }

    String path() {
        return path.isEmpty() ? "(root)" : path;
    }

    private Object required(String key) {
        Object v = values.get(key);
        if (v == null) {
            throw new InvalidDemoDataException(path(key), Messages.format("value.missing"));
        }
        return v;
    }

    private static String describe(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof Map) {
            return Messages.format("value.kind.object");
        }
        if (v instanceof List) {
            return Messages.format("value.kind.list");
        }
        return String.valueOf(v);
    }
}
