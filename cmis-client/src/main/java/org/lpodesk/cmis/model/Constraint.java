package org.lpodesk.cmis.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A property constraint of an Alfresco content model, reduced to what CMIS exposes (LIST,
 * LENGTH, MINMAX) and what a client must check itself because CMIS hides it (REGEX).
 */
public sealed interface Constraint {

    /** Model-level name ({@code imm:caseTypes}); null for an unnamed inline constraint. */
    String name();

    /** Alfresco's LIST: the closed choice list of a property. */
    record AllowedValues(String name, List<String> values, boolean caseSensitive) implements Constraint {
        public AllowedValues {
            values = List.copyOf(values);
        }

        public boolean allows(String value) {
            return caseSensitive ? values.contains(value)
                    : values.stream().anyMatch(v -> v.equalsIgnoreCase(value));
        }
    }

    /**
     * Alfresco's REGEX: the whole value must match ({@link java.util.regex.Matcher#matches()}),
     * or must not when {@code requiresMatch} is false.
     */
    record Regex(String name, String expression, boolean requiresMatch) implements Constraint {
        public boolean accepts(String value) {
            return Pattern.compile(expression).matcher(value).matches() == requiresMatch;
        }
    }

    /** Alfresco's LENGTH; CMIS exposes only the maximum. */
    record Length(String name, int minLength, int maxLength) implements Constraint {
    }

    /** Alfresco's MINMAX. */
    record MinMax(String name, double minValue, double maxValue) implements Constraint {
    }

    /** A constraint whose type CMIS and the kit do not know (a Java class name, for example). */
    record Other(String name, String type) implements Constraint {
    }
}
