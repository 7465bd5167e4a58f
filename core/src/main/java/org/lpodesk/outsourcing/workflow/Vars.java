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

    /**
     * Sets a variable only when its value changes, and never creates one to hold nothing. At
     * Alfresco's history level "full" every write is a runtime update, a history update and a
     * history detail row, even when the value is the one already stored; listeners that refresh
     * what a task shows at every task would otherwise pay that on each one.
     */
    static void update(VariableScope scope, String name, Object value) {
        if (value == null ? scope.hasVariable(name) && scope.getVariable(name) != null
                : !value.equals(scope.getVariable(name))) {
            scope.setVariable(name, value);
        }
    }

    static String join(Set<String> values) {
        return String.join(",", values);
    }
}
