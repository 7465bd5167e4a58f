package org.lpodesk.cmis.model;

import java.util.List;
import java.util.Optional;

/**
 * One property of a type or aspect as the content model declares it.
 *
 * @param name          prefixed name, {@code imm:caseType}
 * @param dataType      prefixed data type, {@code d:text}
 * @param indexed       {@code <index enabled>} (true when absent)
 * @param tokenised     {@code <tokenised>} TRUE, FALSE or BOTH (TRUE when absent)
 * @param defaultValue  the {@code <default>}, or null
 */
public record PropertyDef(
        String name,
        String title,
        String description,
        String dataType,
        boolean mandatory,
        boolean enforced,
        boolean multiple,
        boolean protectedValue,
        boolean indexed,
        String tokenised,
        String defaultValue,
        List<Constraint> constraints) {

    public PropertyDef {
        constraints = List.copyOf(constraints);
    }

    public Optional<Constraint.AllowedValues> allowedValues() {
        return constraints.stream().filter(Constraint.AllowedValues.class::isInstance)
                .map(Constraint.AllowedValues.class::cast).findFirst();
    }

    public List<Constraint.Regex> regexes() {
        return constraints.stream().filter(Constraint.Regex.class::isInstance)
                .map(Constraint.Regex.class::cast).toList();
    }
}
