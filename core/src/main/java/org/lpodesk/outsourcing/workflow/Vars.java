package org.lpodesk.outsourcing.workflow;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.activiti.engine.delegate.VariableScope;

/**
 * Reads the process variables the outsourcing steps share. Lists are stored as comma-separated
 * strings: Alfresco shows plain strings in the workflow history, and ids hold no comma.
 */
final class Vars {

    private Vars() {
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    static List<String> list(VariableScope scope, String name) {
        String value = text(scope, name);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String join(Set<String> values) {
        return String.join(",", values);
    }

    static String add(VariableScope scope, String name, String value) {
        Set<String> values = new LinkedHashSet<>(list(scope, name));
        values.add(value);
        return join(values);
    }

    static Set<String> set(VariableScope scope, String name) {
        return list(scope, name).stream().collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
