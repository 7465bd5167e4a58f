package org.lpodesk.cmis.model;

import java.util.List;

/**
 * A type or an aspect of a content model.
 *
 * @param name              prefixed name, {@code imm:case}
 * @param parent            prefixed parent name, or null (aspects without a parent)
 * @param overrides         property overrides of inherited properties, by property name
 * @param includedInSuperTypeQuery {@code <includedInSuperTypeQuery>} (true when absent)
 */
public record ClassDef(
        String name,
        Kind kind,
        String title,
        String description,
        String parent,
        List<PropertyDef> properties,
        List<AssociationDef> associations,
        List<String> mandatoryAspects,
        boolean includedInSuperTypeQuery) {

    public enum Kind { TYPE, ASPECT }

    public ClassDef {
        properties = List.copyOf(properties);
        associations = List.copyOf(associations);
        mandatoryAspects = List.copyOf(mandatoryAspects);
    }

    public boolean isAspect() {
        return kind == Kind.ASPECT;
    }
}
