package org.lpodesk.cmis.client;

import java.util.List;

/** A document version as the repository returned it. */
public record DocumentRef(String id, String name, String typeId, String versionLabel,
        List<String> secondaryTypeIds) {

    public DocumentRef {
        secondaryTypeIds = List.copyOf(secondaryTypeIds);
    }
}
