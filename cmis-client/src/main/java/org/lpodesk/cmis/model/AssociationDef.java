package org.lpodesk.cmis.model;

/**
 * An association of a type or aspect; only peer associations ({@code child} false) appear over
 * CMIS, as relationship types.
 */
public record AssociationDef(String name, String title, String description, boolean child,
        String sourceClass, String targetClass) {
}
