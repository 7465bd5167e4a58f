package org.lpodesk.cmis.rules;

import java.util.List;
import java.util.Set;

/**
 * Which of the CMIS base properties ({@code cmis:*}) Alfresco lets a query filter and sort on.
 * Alfresco decides by the index settings of its CMIS model: a property that is not indexed
 * (version, lock, check-in and change-token properties) is refused in WHERE with "Column refers
 * to unqueryable property"; of the indexed ones, multi-valued and tokenised text (description,
 * file name, secondary types) and the base type are refused in ORDER BY with "Ordering is not
 * support for …". The live-server test ServerBehaviourTest checks these sets against Alfresco.
 */
public final class AlfrescoBaseProperties {

    private static final Set<String> QUERYABLE = Set.of("cmis:objectId", "cmis:objectTypeId", "cmis:baseTypeId",
            "cmis:name", "cmis:createdBy", "cmis:creationDate", "cmis:lastModifiedBy", "cmis:lastModificationDate",
            "cmis:description", "cmis:secondaryObjectTypeIds", "cmis:contentStreamLength",
            "cmis:contentStreamMimeType", "cmis:contentStreamFileName", "cmis:parentId");

    private static final Set<String> NOT_ORDERABLE = Set.of("cmis:baseTypeId", "cmis:description",
            "cmis:secondaryObjectTypeIds", "cmis:contentStreamFileName");

    private AlfrescoBaseProperties() {
    }

    public static boolean queryable(String propertyId) {
        return QUERYABLE.contains(propertyId);
    }

    public static boolean orderable(String propertyId) {
        return queryable(propertyId) && !NOT_ORDERABLE.contains(propertyId);
    }

    /** The base properties a query may sort on, for messages. */
    public static List<String> orderableIds() {
        return QUERYABLE.stream().filter(AlfrescoBaseProperties::orderable).sorted().toList();
    }
}
