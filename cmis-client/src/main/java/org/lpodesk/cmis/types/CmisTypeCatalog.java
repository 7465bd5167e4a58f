package org.lpodesk.cmis.types;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.lpodesk.cmis.model.ContentModel;
import org.lpodesk.cmis.model.PropertyDef;

/**
 * The CMIS types of a content model, parents before children, with each property's model
 * declaration at hand (for the rules CMIS does not carry, such as REGEX).
 */
public final class CmisTypeCatalog {

    /** A property as CMIS shows it, with its declaration in the model and the type that owns it. */
    public record ModelProperty(PropertyDefinition<?> definition, PropertyDef declaration, String owningTypeId) {
        public String id() {
            return definition.getId();
        }
    }

    private final ContentModel model;
    private final Map<String, CmisType> types;
    private final Map<String, ModelProperty> properties = new LinkedHashMap<>();

    CmisTypeCatalog(ContentModel model, Map<String, CmisType> types) {
        this.model = model;
        this.types = new LinkedHashMap<>(types);
        for (CmisType t : types.values()) {
            if (t.source() == null) {
                continue;
            }
            for (PropertyDef p : t.source().properties()) {
                PropertyDefinition<?> def = t.definition().getPropertyDefinitions() == null ? null
                        : t.definition().getPropertyDefinitions().get(p.name());
                if (def != null) {
                    properties.put(p.name(), new ModelProperty(def, p, t.id()));
                }
            }
        }
    }

    public ContentModel model() {
        return model;
    }

    /** All types, parents before children. */
    public Collection<CmisType> types() {
        return types.values();
    }

    public Optional<CmisType> type(String typeId) {
        return Optional.ofNullable(types.get(typeId));
    }

    /** The type whose query name ({@code imm:case}) is given. */
    public Optional<CmisType> typeByQueryName(String queryName) {
        return types.values().stream().filter(t -> t.definition().getQueryName().equals(queryName)).findFirst();
    }

    public Optional<ModelProperty> property(String propertyId) {
        return Optional.ofNullable(properties.get(propertyId));
    }

    /** The type and its ancestors among the generated types, the type first. */
    public List<CmisType> lineage(String typeId) {
        List<CmisType> chain = new ArrayList<>();
        for (CmisType t = types.get(typeId); t != null; t = types.get(t.definition().getParentTypeId())) {
            chain.add(t);
        }
        return chain;
    }

    /** The model properties an object of this type carries (own and inherited). */
    public List<ModelProperty> propertiesOf(String typeId) {
        List<ModelProperty> result = new ArrayList<>();
        for (CmisType t : lineage(typeId)) {
            if (t.source() == null) {
                continue;
            }
            for (PropertyDef p : t.source().properties()) {
                property(p.name()).ifPresent(result::add);
            }
        }
        return result;
    }

    /** The CMIS property type of an Alfresco data type, or null when CMIS does not expose it. */
    public static PropertyType cmisType(String alfrescoDataType) {
        if (alfrescoDataType == null) {
            return null;
        }
        return switch (alfrescoDataType) {
            case "d:text", "d:mltext" -> PropertyType.STRING;
            case "d:int", "d:long" -> PropertyType.INTEGER;
            case "d:double", "d:float" -> PropertyType.DECIMAL;
            case "d:date", "d:datetime" -> PropertyType.DATETIME;
            case "d:boolean" -> PropertyType.BOOLEAN;
            case "d:noderef", "d:category" -> PropertyType.ID;
            default -> null;
        };
    }
}
