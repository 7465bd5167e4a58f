package org.lpodesk.cmis.client;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document to upload into a case folder.
 *
 * @param typeId     a {@code D:imm:*} type
 * @param properties model properties (of the type or of its aspects) by id
 * @param aspects    {@code P:*} aspects to apply beyond the type's mandatory ones
 */
public record NewDocument(String typeId, String fileName, String mimeType, byte[] content,
        Map<String, Object> properties, Set<String> aspects) {

    public NewDocument {
        properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        aspects = Set.copyOf(aspects);
    }

    public static NewDocument of(String typeId, String fileName, String mimeType, byte[] content) {
        return new NewDocument(typeId, fileName, mimeType, content, Map.of(), Set.of());
    }

    public NewDocument with(String propertyId, Object value) {
        Map<String, Object> p = new LinkedHashMap<>(properties);
        p.put(propertyId, value);
        return new NewDocument(typeId, fileName, mimeType, content, p, aspects);
    }

    public NewDocument withAspect(String aspectId) {
        Set<String> a = new LinkedHashSet<>(aspects);
        a.add(aspectId);
        return new NewDocument(typeId, fileName, mimeType, content, properties, a);
    }

    List<String> aspectList() {
        return List.copyOf(aspects);
    }
}
