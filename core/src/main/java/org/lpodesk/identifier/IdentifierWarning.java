package org.lpodesk.identifier;

import java.util.Objects;

/** Something about a valid identifier that a person should check, e.g. an unknown office. */
public record IdentifierWarning(Kind kind, String message) {

    public enum Kind {
        /** The receipt number's office prefix is not one of {@link UscisOffice}'s. */
        UNKNOWN_OFFICE_PREFIX
    }

    public IdentifierWarning {
        Objects.requireNonNull(kind, "warning kind must not be null");
        Objects.requireNonNull(message, "warning message must not be null");
    }
}
