package org.lpodesk.share;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The part of an Alfresco data dictionary that Share configuration can name: classes (types and
 * aspects) with their parents, mandatory aspects, properties, associations and constraints, read
 * from M2 model files. Inheritance is resolved the way Alfresco resolves it, so that a form for a
 * subtype may show what its parents and mandatory aspects define.
 */
final class Dictionary {

    record ClassDef(String name, boolean aspect, String parent, List<String> properties,
                    List<String> associations, List<String> mandatoryAspects, Map<String, String> overrideDefaults,
                    Path source) {
    }

    record PropertyDef(String name, String owner, String dataType, List<String> constraintRefs,
                       List<ConstraintDef> inlineConstraints) {
    }

    record ConstraintDef(String name, String type, Map<String, List<String>> parameters) {
        String parameter(String key) {
            List<String> values = parameters.getOrDefault(key, List.of());
            return values.isEmpty() ? null : values.get(0);
        }
    }

    record ModelFile(String modelName, String prefix, Path path) {
    }

    private final Map<String, ClassDef> classes = new LinkedHashMap<>();
    private final Map<String, PropertyDef> properties = new LinkedHashMap<>();
    private final Map<String, String> associations = new LinkedHashMap<>();
    private final Map<String, ConstraintDef> constraints = new LinkedHashMap<>();
    private final List<ModelFile> models = new ArrayList<>();
    private final Map<String, String> prefixByUri = new LinkedHashMap<>();

    static Dictionary load(List<Path> modelFiles) {
        Dictionary dictionary = new Dictionary();
        for (Path file : modelFiles) {
            dictionary.read(file);
        }
        return dictionary;
    }

    private void read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Model file " + file + " does not exist");
        }
        Document doc = Xml.parse(file);
        Element root = doc.getDocumentElement();
        String modelName = root.getAttribute("name");
        models.add(new ModelFile(modelName, modelName.substring(0, modelName.indexOf(':')), file));
        for (Element namespace : Xml.descendants(root, "namespaces", "namespace")) {
            prefixByUri.put(namespace.getAttribute("uri"), namespace.getAttribute("prefix"));
        }
        for (Element constraint : Xml.descendants(root, "constraints", "constraint")) {
            ConstraintDef def = constraintOf(constraint);
            constraints.put(def.name(), def);
        }
        for (Element type : Xml.descendants(root, "types", "type")) {
            readClass(type, false, file);
        }
        for (Element aspect : Xml.descendants(root, "aspects", "aspect")) {
            readClass(aspect, true, file);
        }
    }

    private static ConstraintDef constraintOf(Element constraint) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (Element parameter : Xml.children(constraint, "parameter")) {
            List<String> values = new ArrayList<>();
            Xml.child(parameter, "value").ifPresent(v -> values.add(v.getTextContent().trim()));
            Xml.child(parameter, "list").ifPresent(list ->
                    Xml.children(list, "value").forEach(v -> values.add(v.getTextContent().trim())));
            parameters.put(parameter.getAttribute("name"), values);
        }
        return new ConstraintDef(constraint.getAttribute("name"), constraint.getAttribute("type"), parameters);
    }

    private void readClass(Element element, boolean aspect, Path file) {
        String name = element.getAttribute("name");
        String parent = Xml.child(element, "parent").map(p -> p.getTextContent().trim()).orElse(null);
        List<String> props = new ArrayList<>();
        for (Element property : Xml.descendants(element, "properties", "property")) {
            String propertyName = property.getAttribute("name");
            props.add(propertyName);
            List<String> refs = new ArrayList<>();
            List<ConstraintDef> inline = new ArrayList<>();
            for (Element constraint : Xml.descendants(property, "constraints", "constraint")) {
                if (constraint.hasAttribute("ref")) {
                    refs.add(constraint.getAttribute("ref"));
                } else {
                    inline.add(constraintOf(constraint));
                }
            }
            String dataType = Xml.child(property, "type").map(t -> t.getTextContent().trim()).orElse(null);
            properties.put(propertyName, new PropertyDef(propertyName, name, dataType, refs, inline));
        }
        List<String> assocs = new ArrayList<>();
        Xml.child(element, "associations").ifPresent(container -> {
            for (Element assoc : Xml.children(container, "association")) {
                assocs.add(assoc.getAttribute("name"));
            }
            for (Element assoc : Xml.children(container, "child-association")) {
                assocs.add(assoc.getAttribute("name"));
            }
        });
        assocs.forEach(a -> associations.put(a, name));
        List<String> mandatory = Xml.descendants(element, "mandatory-aspects", "aspect").stream()
                .map(a -> a.getTextContent().trim()).toList();
        Map<String, String> overrides = new LinkedHashMap<>();
        for (Element override : Xml.descendants(element, "overrides", "property")) {
            overrides.put(override.getAttribute("name"),
                    Xml.text(override, "default").orElse(null));
        }
        classes.put(name, new ClassDef(name, aspect, parent, props, assocs, mandatory, overrides, file));
    }

    /**
     * The outcome property a decision task names through bpm:outcomePropertyName (searched up the
     * parents), as a prefixed name; empty for other tasks.
     */
    Optional<String> outcomePropertyOf(String taskType) {
        String current = taskType;
        while (current != null && classes.containsKey(current)) {
            String value = classes.get(current).overrideDefaults().get("bpm:outcomePropertyName");
            if (value != null && value.startsWith("{")) {
                String uri = value.substring(1, value.indexOf('}'));
                String prefix = prefixByUri.get(uri);
                return Optional.of((prefix == null ? uri : prefix) + ":" + value.substring(value.indexOf('}') + 1));
            }
            current = classes.get(current).parent();
        }
        return Optional.empty();
    }

    /** The model (by its file) that defines a prefixed name. */
    Optional<ModelFile> modelOf(String prefixedName) {
        String prefix = prefixedName.substring(0, prefixedName.indexOf(':'));
        return models.stream().filter(m -> m.prefix().equals(prefix)).findFirst();
    }

    Optional<ClassDef> classDef(String name) {
        return Optional.ofNullable(classes.get(name));
    }

    boolean hasClass(String name) {
        return classes.containsKey(name);
    }

    boolean isAspect(String name) {
        ClassDef def = classes.get(name);
        return def != null && def.aspect();
    }

    boolean hasProperty(String name) {
        return properties.containsKey(name);
    }

    boolean hasAssociation(String name) {
        return associations.containsKey(name);
    }

    Optional<PropertyDef> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    Optional<ConstraintDef> constraint(String name) {
        return Optional.ofNullable(constraints.get(name));
    }

    /** Named and inline constraints of a property, named ones resolved. */
    List<ConstraintDef> constraintsOf(String propertyName) {
        PropertyDef def = properties.get(propertyName);
        if (def == null) {
            return List.of();
        }
        List<ConstraintDef> result = new ArrayList<>(def.inlineConstraints());
        def.constraintRefs().forEach(ref -> constraint(ref).ifPresent(result::add));
        return result;
    }

    /** Classes defined in the model files whose prefix is one of the given ones. */
    List<ClassDef> classesWithPrefix(String... prefixes) {
        List<ClassDef> result = new ArrayList<>();
        for (ClassDef def : classes.values()) {
            for (String prefix : prefixes) {
                if (def.name().startsWith(prefix + ":")) {
                    result.add(def);
                }
            }
        }
        return result;
    }

    List<ModelFile> models() {
        return Collections.unmodifiableList(models);
    }

    /** The class, its ancestors, their mandatory aspects and those aspects' ancestors. */
    Set<String> closure(String className) {
        Set<String> result = new LinkedHashSet<>();
        addClosure(className, result);
        return result;
    }

    private void addClosure(String className, Set<String> result) {
        if (className == null || !result.add(className)) {
            return;
        }
        ClassDef def = classes.get(className);
        if (def == null) {
            return;
        }
        addClosure(def.parent(), result);
        def.mandatoryAspects().forEach(a -> addClosure(a, result));
    }

    boolean isSubClassOf(String className, String ancestor) {
        String current = className;
        while (current != null) {
            if (current.equals(ancestor)) {
                return true;
            }
            current = classes.containsKey(current) ? classes.get(current).parent() : null;
        }
        return false;
    }

    /** Property and association names a form of this class can show. */
    Set<String> fieldsOf(String className) {
        Set<String> fields = new LinkedHashSet<>();
        for (String name : closure(className)) {
            ClassDef def = classes.get(name);
            if (def != null) {
                fields.addAll(def.properties());
                fields.addAll(def.associations());
            }
        }
        return fields;
    }

    Set<String> aspectFields() {
        Set<String> fields = new LinkedHashSet<>();
        for (ClassDef def : classes.values()) {
            if (def.aspect()) {
                fields.addAll(fieldsOf(def.name()));
            }
        }
        return fields;
    }
}
