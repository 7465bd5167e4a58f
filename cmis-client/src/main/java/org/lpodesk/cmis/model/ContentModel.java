package org.lpodesk.cmis.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An Alfresco content model as read from its XML: its namespaces and its classes, in the order
 * the file declares them.
 *
 * @param name       the model's name, {@code imm:immigrationModel}
 * @param namespaces prefix to URI, for the model's own and its imported namespaces
 */
public record ContentModel(String name, String description, Map<String, String> namespaces,
        List<String> definedPrefixes, List<ClassDef> classes) {

    public ContentModel {
        namespaces = Map.copyOf(namespaces);
        definedPrefixes = List.copyOf(definedPrefixes);
        classes = List.copyOf(classes);
    }

    public Optional<ClassDef> find(String prefixedName) {
        return classes.stream().filter(c -> c.name().equals(prefixedName)).findFirst();
    }

    public Map<String, ClassDef> byName() {
        return classes.stream().collect(Collectors.toMap(ClassDef::name, Function.identity()));
    }

    public String uriOf(String prefixedName) {
        int colon = prefixedName.indexOf(':');
        return colon < 0 ? null : namespaces.get(prefixedName.substring(0, colon));
    }
}
