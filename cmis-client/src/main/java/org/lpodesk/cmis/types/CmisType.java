package org.lpodesk.cmis.types;

import java.util.List;

import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.lpodesk.cmis.model.ClassDef;

/**
 * One CMIS type as Alfresco would expose it, with the content-model class it comes from.
 *
 * @param definition        the CMIS definition, own properties only (the server adds the
 *                          inherited ones, as Alfresco does)
 * @param source            the model class (null for a relationship type)
 * @param mandatoryAspects  CMIS ids of the secondary types Alfresco applies on its own to an
 *                          object of this type (its and its ancestors' mandatory aspects,
 *                          transitively); they are never part of the type's properties
 */
public record CmisType(TypeDefinition definition, ClassDef source, List<String> mandatoryAspects) {

    public CmisType {
        mandatoryAspects = List.copyOf(mandatoryAspects);
    }

    public String id() {
        return definition.getId();
    }
}
