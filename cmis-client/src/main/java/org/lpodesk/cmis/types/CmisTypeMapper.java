package org.lpodesk.cmis.types;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.ContentStreamAllowed;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AbstractPropertyDefinition;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AbstractTypeDefinition;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ChoiceImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.DocumentTypeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.FolderTypeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ItemTypeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyBooleanDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDateTimeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDecimalDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIntegerDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.RelationshipTypeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.SecondaryTypeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.TypeMutabilityImpl;
import org.lpodesk.cmis.Messages;
import org.lpodesk.cmis.model.AssociationDef;
import org.lpodesk.cmis.model.ClassDef;
import org.lpodesk.cmis.model.Constraint;
import org.lpodesk.cmis.model.ContentModel;
import org.lpodesk.cmis.model.ContentModelReader;
import org.lpodesk.cmis.model.ModelException;
import org.lpodesk.cmis.model.PropertyDef;

/**
 * Derives the CMIS 1.1 types Alfresco exposes for a content model, by the rules of Alfresco's
 * {@code CMISMapping} and its type and property definition wrappers (see docs/cmis-types.md):
 * {@code D:}/{@code F:}/{@code I:} types below cm:content, cm:folder and sys:base, {@code P:}
 * secondary types for aspects (except those derived from cm:versionable, cm:auditable and
 * sys:referenceable), {@code R:} relationship types for peer associations; own properties only,
 * typed, with cardinality, required, updatability, queryable, orderable and choices.
 */
public final class CmisTypeMapper {

    private static final String CONTENT = "cm:content";
    private static final String FOLDER = "cm:folder";
    private static final String BASE = "sys:base";
    private static final Set<String> HIDDEN_ASPECTS = Set.of("cm:versionable", "cm:auditable",
            "sys:referenceable");
    /** Alfresco data types a boolean/date/number property is orderable for even when tokenised. */
    private static final Set<String> ORDERABLE_WHEN_TOKENISED = Set.of("d:boolean", "d:date", "d:datetime",
            "d:double", "d:float", "d:int", "d:long", "d:path");

    private final ContentModel baseClasses;

    public CmisTypeMapper() {
        try (InputStream in = CmisTypeMapper.class.getResourceAsStream("alfresco-base-classes.xml")) {
            baseClasses = new ContentModelReader().read(in, "alfresco-base-classes.xml");
        } catch (IOException e) {
            throw new ModelException(e.getMessage(), e);
        }
    }

    public CmisTypeCatalog map(ContentModel model, ModelLabels labels) {
        Map<String, ClassDef> all = new LinkedHashMap<>(baseClasses.byName());
        Set<String> own = new LinkedHashSet<>();
        for (ClassDef c : model.classes()) {
            all.put(c.name(), c);
            own.add(c.name());
        }
        Mapping mapping = new Mapping(model, all, labels);
        // emit the model's classes, the Alfresco classes they build on, and the Alfresco aspects
        // every Alfresco repository offers; parents always before their children
        List<String> wanted = new ArrayList<>(own);
        for (ClassDef c : baseClasses.classes()) {
            if (c.isAspect()) {
                wanted.add(c.name());
            }
        }
        for (String name : wanted) {
            mapping.emit(name);
        }
        for (String name : own) {
            for (AssociationDef assoc : all.get(name).associations()) {
                mapping.emitRelationship(assoc);
            }
        }
        return new CmisTypeCatalog(model, mapping.emitted);
    }

    /** One mapping run: the classes in play and the types emitted so far, parents first. */
    private final class Mapping {
        private final ContentModel model;
        private final Map<String, ClassDef> all;
        private final ModelLabels labels;
        private final Map<String, CmisType> emitted = new LinkedHashMap<>();

        Mapping(ContentModel model, Map<String, ClassDef> all, ModelLabels labels) {
            this.model = model;
            this.all = all;
            this.labels = labels;
        }

        ClassDef classDef(String name, String referencedBy) {
            ClassDef c = all.get(name);
            if (c == null) {
                throw new ModelException(Messages.get("types.unknownClass", name, referencedBy));
            }
            return c;
        }

        BaseTypeId baseOf(ClassDef c) {
            if (c.isAspect()) {
                for (ClassDef a = c; a != null; a = a.parent() == null ? null : classDef(a.parent(), a.name())) {
                    if (HIDDEN_ASPECTS.contains(a.name())) {
                        return null;
                    }
                }
                return BaseTypeId.CMIS_SECONDARY;
            }
            for (ClassDef t = c; t != null; t = t.parent() == null ? null : classDef(t.parent(), t.name())) {
                switch (t.name()) {
                    case CONTENT:
                        return BaseTypeId.CMIS_DOCUMENT;
                    case FOLDER:
                        return BaseTypeId.CMIS_FOLDER;
                    case BASE:
                        return BaseTypeId.CMIS_ITEM;
                    default:
                        break;
                }
            }
            return null;
        }

        String typeId(String name, String referencedBy) {
            switch (name) {
                case CONTENT:
                    return BaseTypeId.CMIS_DOCUMENT.value();
                case FOLDER:
                    return BaseTypeId.CMIS_FOLDER.value();
                case BASE:
                    return BaseTypeId.CMIS_ITEM.value();
                default:
                    break;
            }
            BaseTypeId base = baseOf(classDef(name, referencedBy));
            if (base == null) {
                return null;
            }
            return switch (base) {
                case CMIS_DOCUMENT -> "D:" + name;
                case CMIS_FOLDER -> "F:" + name;
                case CMIS_ITEM -> "I:" + name;
                case CMIS_SECONDARY -> "P:" + name;
                default -> null;
            };
        }

        void emit(String name) {
            String id = typeId(name, model.name());
            if (id == null || id.startsWith("cmis:") || emitted.containsKey(id)) {
                return;
            }
            ClassDef c = classDef(name, model.name());
            String parentId;
            if (c.parent() == null) {
                parentId = BaseTypeId.CMIS_SECONDARY.value();
            } else {
                emit(c.parent());
                parentId = typeId(c.parent(), c.name());
            }
            for (String aspect : c.mandatoryAspects()) {
                emit(aspect);
            }
            AbstractTypeDefinition def = newDefinition(baseOf(c));
            def.setId(id);
            def.setLocalName(localName(name));
            def.setLocalNamespace(uri(name));
            def.setQueryName(name);
            def.setParentTypeId(parentId);
            boolean aspect = c.isAspect();
            def.setDisplayName(labels.classLabel(modelOf(name), aspect, name, "title",
                    c.title() == null ? name : c.title()));
            def.setDescription(labels.classLabel(modelOf(name), aspect, name, "description",
                    c.description() == null ? def.getDisplayName() : c.description()));
            def.setIsQueryable(true);
            def.setIsFulltextIndexed(true);
            def.setIsIncludedInSupertypeQuery(c.includedInSuperTypeQuery());
            def.setIsControllablePolicy(false);
            def.setIsControllableAcl(!aspect);
            def.setIsCreatable(!aspect);
            def.setIsFileable(!aspect);
            TypeMutabilityImpl mutability = new TypeMutabilityImpl();
            // Alfresco does not support createType/updateType/deleteType
            mutability.setCanCreate(false);
            mutability.setCanUpdate(false);
            mutability.setCanDelete(false);
            def.setTypeMutability(mutability);
            if (def instanceof DocumentTypeDefinitionImpl doc) {
                doc.setIsVersionable(true);
                doc.setContentStreamAllowed(ContentStreamAllowed.ALLOWED);
            }
            for (PropertyDef p : c.properties()) {
                PropertyDefinition<?> pd = property(p);
                if (pd != null) {
                    def.addPropertyDefinition(pd);
                }
            }
            emitted.put(id, new CmisType(def, c, mandatoryAspects(c)));
        }

        List<String> mandatoryAspects(ClassDef c) {
            Set<String> ids = new LinkedHashSet<>();
            collectMandatory(c, ids, new LinkedHashSet<>());
            return List.copyOf(ids);
        }

        private void collectMandatory(ClassDef c, Set<String> ids, Set<String> seen) {
            if (!seen.add(c.name())) {
                return;
            }
            if (c.parent() != null) {
                collectMandatory(classDef(c.parent(), c.name()), ids, seen);
            }
            for (String aspect : c.mandatoryAspects()) {
                String id = typeId(aspect, c.name());
                if (id != null) {
                    ids.add(id);
                }
                collectMandatory(classDef(aspect, c.name()), ids, seen);
            }
        }

        void emitRelationship(AssociationDef assoc) {
            if (assoc.child() || assoc.targetClass() == null) {
                return;
            }
            String source = typeId(assoc.sourceClass(), assoc.name());
            String target = typeId(assoc.targetClass(), assoc.name());
            if (source == null || target == null) {
                return;
            }
            RelationshipTypeDefinitionImpl def = new RelationshipTypeDefinitionImpl();
            def.setBaseTypeId(BaseTypeId.CMIS_RELATIONSHIP);
            def.setId("R:" + assoc.name());
            def.setLocalName(localName(assoc.name()));
            def.setLocalNamespace(uri(assoc.name()));
            def.setQueryName(assoc.name());
            def.setParentTypeId(BaseTypeId.CMIS_RELATIONSHIP.value());
            def.setDisplayName(labels.associationLabel(model, assoc.name(), "title",
                    assoc.title() == null ? assoc.name() : assoc.title()));
            def.setDescription(labels.associationLabel(model, assoc.name(), "description",
                    assoc.description() == null ? def.getDisplayName() : assoc.description()));
            def.setIsCreatable(true);
            def.setIsFileable(false);
            def.setIsQueryable(false);
            def.setIsFulltextIndexed(false);
            def.setIsIncludedInSupertypeQuery(true);
            def.setIsControllablePolicy(false);
            def.setIsControllableAcl(false);
            TypeMutabilityImpl mutability = new TypeMutabilityImpl();
            mutability.setCanCreate(false);
            mutability.setCanUpdate(false);
            mutability.setCanDelete(false);
            def.setTypeMutability(mutability);
            def.setAllowedSourceTypes(List.of(source));
            def.setAllowedTargetTypes(List.of(target));
            emitted.put(def.getId(), new CmisType(def, null, List.of()));
        }

        private ContentModel modelOf(String name) {
            return model.definedPrefixes().contains(prefix(name)) ? model : baseClasses;
        }

        private String uri(String name) {
            String uri = model.namespaces().get(prefix(name));
            return uri != null ? uri : baseClasses.namespaces().get(prefix(name));
        }

        private PropertyDefinition<?> property(PropertyDef p) {
            PropertyType type = CmisTypeCatalog.cmisType(p.dataType());
            if (type == null) {
                return null;
            }
            AbstractPropertyDefinition<?> def = switch (type) {
                case BOOLEAN -> new PropertyBooleanDefinitionImpl();
                case DATETIME -> new PropertyDateTimeDefinitionImpl();
                case DECIMAL -> new PropertyDecimalDefinitionImpl();
                case ID -> new PropertyIdDefinitionImpl();
                case INTEGER -> new PropertyIntegerDefinitionImpl();
                default -> new PropertyStringDefinitionImpl();
            };
            def.setId(p.name());
            def.setLocalName(localName(p.name()));
            def.setLocalNamespace(uri(p.name()));
            def.setQueryName(p.name());
            ContentModel owner = modelOf(p.name());
            def.setDisplayName(labels.propertyLabel(owner, p.name(), "title",
                    p.title() == null ? p.name() : p.title()));
            def.setDescription(labels.propertyLabel(owner, p.name(), "description",
                    p.description() == null ? def.getDisplayName() : p.description()));
            def.setPropertyType(type);
            def.setCardinality(p.multiple() ? Cardinality.MULTI : Cardinality.SINGLE);
            def.setUpdatability(p.protectedValue() ? Updatability.READONLY : Updatability.READWRITE);
            def.setIsInherited(false);
            def.setIsRequired(p.mandatory());
            def.setIsQueryable(p.indexed());
            def.setIsOrderable(isOrderable(p));
            if (def instanceof PropertyIntegerDefinitionImpl integer) {
                // Alfresco publishes the Java range of d:int and d:long (MNT-9089)
                boolean isInt = "d:int".equals(p.dataType());
                integer.setMinValue(BigInteger.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE));
                integer.setMaxValue(BigInteger.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
            for (Constraint c : p.constraints()) {
                applyConstraint(c, def, type);
            }
            if (p.defaultValue() != null) {
                setDefault(def, type, p.defaultValue(), p.name());
            }
            return def;
        }
    }

    static boolean isOrderable(PropertyDef p) {
        if (!p.indexed() || p.multiple()) {
            return false;
        }
        return switch (p.tokenised()) {
            case "FALSE", "BOTH" -> true;
            default -> ORDERABLE_WHEN_TOKENISED.contains(p.dataType());
        };
    }

    @SuppressWarnings("unchecked")
    private static void applyConstraint(Constraint c, AbstractPropertyDefinition<?> def, PropertyType type) {
        if (c instanceof Constraint.AllowedValues list) {
            List<ChoiceImpl<Object>> choices = new ArrayList<>();
            for (String v : list.values()) {
                ChoiceImpl<Object> choice = new ChoiceImpl<>();
                choice.setDisplayName(v);
                choice.setValue(List.of(convert(type, v, def.getId())));
                choices.add(choice);
            }
            def.setIsOpenChoice(false);
            ((AbstractPropertyDefinition<Object>) def).setChoices((List<org.apache.chemistry.opencmis.commons.definitions.Choice<Object>>) (List<?>) choices);
        } else if (c instanceof Constraint.Length length && def instanceof PropertyStringDefinitionImpl s) {
            s.setMaxLength(BigInteger.valueOf(length.maxLength()));
        } else if (c instanceof Constraint.MinMax range) {
            if (def instanceof PropertyIntegerDefinitionImpl i) {
                i.setMinValue(BigInteger.valueOf((long) range.minValue()));
                i.setMaxValue(BigInteger.valueOf((long) range.maxValue()));
            } else if (def instanceof PropertyDecimalDefinitionImpl d) {
                d.setMinValue(BigDecimal.valueOf(range.minValue()));
                d.setMaxValue(BigDecimal.valueOf(range.maxValue()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void setDefault(AbstractPropertyDefinition<?> def, PropertyType type, String value, String name) {
        ((AbstractPropertyDefinition<Object>) def).setDefaultValue(List.of(convert(type, value, name)));
    }

    private static Object convert(PropertyType type, String value, String property) {
        try {
            return switch (type) {
                case BOOLEAN -> Boolean.valueOf(value);
                case INTEGER -> new BigInteger(value);
                case DECIMAL -> new BigDecimal(value);
                case DATETIME -> GregorianCalendar.from(OffsetDateTime.parse(value).toZonedDateTime());
                default -> value;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ModelException(Messages.get("types.badValue", property, value, type.value()), e);
        }
    }

    private static AbstractTypeDefinition newDefinition(BaseTypeId base) {
        AbstractTypeDefinition def = switch (base) {
            case CMIS_DOCUMENT -> new DocumentTypeDefinitionImpl();
            case CMIS_FOLDER -> new FolderTypeDefinitionImpl();
            case CMIS_ITEM -> new ItemTypeDefinitionImpl();
            default -> new SecondaryTypeDefinitionImpl();
        };
        def.setBaseTypeId(base);
        return def;
    }

    static String prefix(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? "" : name.substring(0, colon);
    }

    static String localName(String name) {
        return name.substring(name.indexOf(':') + 1);
    }

}
