package org.lpodesk.outsourcing.workflow;

import java.util.Set;
import org.activiti.engine.delegate.VariableScope;

/**
 * Reads the process variables the outsourcing steps share. Lists are stored as comma-separated
 * strings: Alfresco shows plain strings in the workflow history, and ids hold no comma. What only
 * the steps read is packed in {@link Assignment}.
 */
final class Vars {

    private Vars() {
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    static String join(Set<String> values) {
        return String.join(",", values);
    }
}
