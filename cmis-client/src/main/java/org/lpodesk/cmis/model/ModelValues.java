package org.lpodesk.cmis.model;

/** Core's enums store their {@code name()} in the repository (the model's LIST values). */
public final class ModelValues {

    private ModelValues() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
