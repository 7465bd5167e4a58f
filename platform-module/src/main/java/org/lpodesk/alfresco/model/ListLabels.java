package org.lpodesk.alfresco.model;

import org.springframework.extensions.surf.util.I18NUtil;

/**
 * The label a person reads for a value of one of the models' LIST constraints, from the model
 * bundles Alfresco registered ({@code listconstraint.<prefix>_<name>.<value>}); the value itself
 * when it has none. One place for the key's form, used wherever a code would otherwise be shown.
 */
public final class ListLabels {

    private ListLabels() {
    }

    /**
     * @param constraint the constraint's name, e.g. {@code imm:caseTypes}
     * @param value      the stored value, e.g. {@code EB2_NIW}
     */
    public static String of(String constraint, String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        String label = I18NUtil.getMessage("listconstraint." + constraint.replace(':', '_') + "." + value);
        return label == null ? value : label;
    }
}
